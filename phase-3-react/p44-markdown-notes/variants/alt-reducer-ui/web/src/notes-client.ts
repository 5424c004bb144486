// A fetch wrapper that never throws: every call answers { ok: true, data } or { ok: false, ... }.
export interface NoteDoc {
  id: number;
  title: string;
  body: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; message: string; conflict?: NoteDoc };

async function call<T>(method: string, url: string, payload?: unknown): Promise<Result<T>> {
  try {
    const res = await fetch(url, {
      method,
      headers: payload === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const json = (await res.json().catch(() => null)) as any;
    if (res.ok) return { ok: true, data: json as T };
    const error = json?.error;
    return {
      ok: false,
      message: typeof error?.message === 'string' ? error.message : `Request failed (${res.status})`,
      conflict: res.status === 409 && error?.details?.current ? (error.details.current as NoteDoc) : undefined,
    };
  } catch {
    return { ok: false, message: 'Offline: nothing was sent.' };
  }
}

export const client = {
  all: () => call<{ items: NoteDoc[] }>('GET', '/api/notes'),
  make: () => call<NoteDoc>('POST', '/api/notes', {}),
  put: (doc: NoteDoc, title: string, body: string) => call<NoteDoc>('PUT', `/api/notes/${doc.id}`, { title, body, version: doc.version }),
  render: (body: string) => call<{ html: string }>('POST', '/api/preview', { body }),
};
