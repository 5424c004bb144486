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
  return `"${note.version}"`;
}

/**
 * Whether an If-Match header lets a change go ahead. No header: yes (the condition is optional).
 * `*`: yes, the note exists. Otherwise a comma-separated list of ETags compared strongly: a weak
 * tag (W/"3") never matches, because a weak tag does not promise the same bytes.
 */
export function ifMatchAllows(header: string | undefined, etag: string): boolean {
  if (header === undefined) return true;
  const tags = header.trim().split(', ');
  return tags.includes('*') || tags.includes(etag);
}

/** Throws 412 precondition_failed when If-Match names another version of the note. */
export function assertIfMatch(header: string | undefined, note: Note): void {
  if (!ifMatchAllows(header, etagOf(note))) {
    throw new HttpError(412, 'precondition_failed', `The note changed: its ETag is now ${etagOf(note)}. Read it again, then retry.`);
  }
}
