// The links API as the page uses it: relative URLs (Vite's proxy in development, the same origin
// in production), JSON both ways, and failed answers turned into an ApiError that keeps what the
// page needs: the message for people, and the problems per field for the form.

export interface Link {
  code: string;
  url: string;
  shortUrl: string;
  alias: string | null;
  clicks: number;
  createdAt: string;
}

export interface DayClicks {
  day: string;
  clicks: number;
}

export interface Stats {
  code: string;
  days: number;
  total: number;
  daily: DayClicks[];
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** A failed request. `details` holds the server's problems per field (400 and 409), else []. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
  }
}

function detailsOf(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter((d): d is FieldProblem => typeof d?.field === 'string' && typeof d?.message === 'string');
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
    throw new ApiError('Could not reach the server. Check your connection and try again.');
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (data as { error?: { message?: unknown; details?: unknown } } | undefined)?.error;
    const message = typeof error?.message === 'string' && error.message ? error.message : `The server answered ${response.status}.`;
    throw new ApiError(message, detailsOf(error?.details));
  }
  return data as T;
}

export const api = {
  list: () => request<{ items: Link[] }>('GET', '/api/links').then((page) => page.items),
  create: (input: { url: string; alias?: string }) => request<Link>('POST', '/api/links', input),
  stats: (code: string, days: number) => request<Stats>('GET', `/api/links/${encodeURIComponent(code)}/stats?days=${days}`),
};
