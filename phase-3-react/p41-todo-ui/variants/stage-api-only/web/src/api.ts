// The todos API as the page uses it: relative URLs (/api/...), JSON both ways, and errors turned
// into messages a person can read (SPEC.md, Tasks 2 to 5).

export interface Todo {
  id: number;
  title: string;
  done: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A failed request, with the message the page shows. */
export class ApiError extends Error {}

function notYet(what: string): never {
  throw new ApiError(`Not implemented: ${what}`);
}

// TODO (Tasks 2 to 5): one function per request the page makes.
export const api = {
  list: (): Promise<Todo[]> => notYet('api.list'),
  add: (title: string): Promise<Todo> => notYet(`api.add(${title})`),
  update: (id: number, patch: { title?: string; done?: boolean }): Promise<Todo> => notYet(`api.update(${id}, ${JSON.stringify(patch)})`),
  remove: (id: number): Promise<void> => notYet(`api.remove(${id})`),
};
