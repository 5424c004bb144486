// The notes API as the page uses it: relative URLs (/api/...), JSON both ways, and errors turned
// into messages a person can read (SPEC.md, Tasks 4 to 6).

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
    /** On a 409 version_conflict: the note as the server has it now (error.details.current). */
    readonly current?: Note,
  ) {
    super(message);
  }
}

function notYet(what: string): never {
  throw new ApiError(`Not implemented: ${what}`);
}

// TODO (Tasks 4 to 6): one function per request the page makes.
export const api = {
  list: (): Promise<Note[]> => notYet('api.list'),
  create: (): Promise<Note> => notYet('api.create'),
  save: (id: number, fields: { title: string; body: string; version: number }): Promise<Note> => notYet(`api.save(${id}, version ${fields.version})`),
  preview: (body: string): Promise<string> => notYet(`api.preview(${body.length} characters)`),
};
