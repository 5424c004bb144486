// The notes API as the page uses it: relative URLs (Vite's proxy in development, the same origin
// in production), JSON both ways, and errors turned into messages a person can read.

export interface Note {
  id: number;
  title: string;
  body: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A failed request, with the message the page shows, and what a 409 carries. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    /** On a 409 version_conflict: the note as the server has it now. */
    readonly current?: Note,
  ) {
    super(message);
  }
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('Could not reach the server. Your changes are kept here; check your connection.');
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (data as { error?: { code?: unknown; message?: unknown; details?: { current?: Note } } } | undefined)?.error;
    const message = typeof error?.message === 'string' && error.message ? error.message : `The server answered ${response.status}.`;
    throw new ApiError(message, typeof error?.code === 'string' ? error.code : undefined, error?.details?.current);
  }
  return data as T;
}

export const api = {
  list: () => request<{ items: Note[] }>('GET', '/api/notes').then((page) => page.items),
  create: () => request<Note>('POST', '/api/notes', { title: '', body: '' }),
  save: (id: number, fields: { title: string; body: string; version: number }) => request<Note>('PUT', `/api/notes/${id}`, fields),
  preview: (body: string) => request<{ html: string }>('POST', '/api/preview', { body }).then((answer) => answer.html),
};
