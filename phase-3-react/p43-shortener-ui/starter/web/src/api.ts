// The links API as the page uses it: relative URLs (/api/...), JSON both ways, and failed
// answers turned into an ApiError that keeps the message and the problems per field
// (SPEC.md, Tasks 4 to 7).

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

function notYet(what: string): never {
  throw new ApiError(`Not implemented: ${what}`);
}

// TODO (Tasks 4 to 7): one function per request the page makes; a failed answer throws an
// ApiError with the API's error.message and error.details.
export const api = {
  list: (): Promise<Link[]> => notYet('api.list'),
  create: (input: { url: string; alias?: string }): Promise<Link> => notYet(`api.create(${JSON.stringify(input)})`),
  stats: (code: string, days: number): Promise<Stats> => notYet(`api.stats(${code}, ${days})`),
};
