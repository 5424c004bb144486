// The input rules of the notes API and the preview (SPEC.md, Tasks 1 and 3): 400
// validation_failed with details, 404 for ids that are not positive whole numbers.
import type { FieldProblem, HttpError } from '../errors.js';

export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 20_000;

/** A 400 validation_failed listing `details` (the page shows its message). */
export function invalid(details: FieldProblem[]): HttpError {
  void details;
  throw new Error('Not implemented: invalid (Task 1)');
}

export function parseNewNote(input: unknown): { title: string; body: string } {
  void input;
  throw new Error('Not implemented: parseNewNote (Task 1)');
}

/** TODO (Task 1): title, body and version, all three, nothing else. */
export function parseSave(input: unknown): { title: string; body: string; version: number } {
  void input;
  throw new Error('Not implemented: parseSave (Task 1)');
}

export function parsePreview(input: unknown): { body: string } {
  void input;
  throw new Error('Not implemented: parsePreview (Task 3)');
}

export function parseNoteId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parseNoteId (Task 1)');
}

export function noteNotFound(id: string | number): HttpError {
  void id;
  throw new Error('Not implemented: noteNotFound (Task 1)');
}
