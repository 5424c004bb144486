// ETags and If-Match: optimistic concurrency without locks.
//
// Every response about one note carries `ETag: "<version>"`. A client that wants to change the
// note sends that value back in If-Match; if someone else changed the note meanwhile, the version
// moved on, the tags differ, and the change is refused with 412 instead of silently overwriting
// theirs. https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-Match
import { HttpError } from './errors.js';
import type { Note } from './notes.js';

/** A strong ETag: the version in double quotes, as HTTP requires. */
export function etagOf(note: Note): string {
  // TODO (Task 1): "1" for version 1, quotes included.
  throw new Error(`Not implemented: etagOf(${note.id}) (Task 1)`);
}

/**
 * Whether an If-Match header lets a change go ahead.
 * TODO (Task 6): no header: yes. Otherwise a comma-separated list: yes when one of its trimmed
 * entries is `*` or exactly `etag` (a weak W/"3" never matches).
 */
export function ifMatchAllows(header: string | undefined, etag: string): boolean {
  throw new Error(`Not implemented: ifMatchAllows(${header}, ${etag}) (Task 6)`);
}

/** Throws 412 precondition_failed when If-Match names another version of the note. Given. */
export function assertIfMatch(header: string | undefined, note: Note): void {
  if (!ifMatchAllows(header, etagOf(note))) {
    throw new HttpError(412, 'precondition_failed', `The note changed: its ETag is now ${etagOf(note)}. Read it again, then retry.`);
  }
}
