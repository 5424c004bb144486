// ETags are the version in quotes; If-Match is a list of strong tags or *.
import { HttpError } from './errors.js';
import type { Note } from './notes.js';

export function etagOf(note: Note): string {
  return JSON.stringify(String(note.version));
}

export function assertIfMatch(header: string | undefined, note: Note): void {
  if (header === undefined) return;
  const current = etagOf(note);
  const listed = header.split(/\s*,\s*/).map((part) => part.trim());
  if (listed.some((tag) => tag === '*' || tag === current)) return;
  throw new HttpError(412, 'precondition_failed', `Stale If-Match: the note is at ${current}.`);
}
