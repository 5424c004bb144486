// The todos API as the app uses it: relative URLs (Vite's proxy in development, the same origin
// in production), JSON both ways, and errors turned into messages a person can read.

export interface Todo {
  id: number;
  title: string;
  done: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A failed request, with the message the UI shows. */
export class ApiError extends Error {}

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
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    // The API's errors carry a message meant for people: show it as it is.
    const message = (data as { error?: { message?: unknown } } | undefined)?.error?.message;
    throw new ApiError(typeof message === 'string' && message ? message : `The server answered ${response.status}.`);
  }
  return data as T;
}

export const api = {
  list: () => request<{ items: Todo[] }>('GET', '/api/todos').then((page) => page.items),
  add: (title: string) => request<Todo>('POST', '/api/todos', { title }),
  update: (id: number, patch: { title?: string; done?: boolean }) => request<Todo>('PATCH', `/api/todos/${id}`, patch),
  remove: (id: number) => request<void>('DELETE', `/api/todos/${id}`),
};
