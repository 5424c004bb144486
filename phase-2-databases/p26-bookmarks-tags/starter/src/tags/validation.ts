// What a tag name is. Every name that comes in (a bookmark's tags, a filter, a path, a rename)
// goes through normaliseTag, so "  Web  Dev ", "web-dev" and "WEB DEV" are one tag.
import { z } from 'zod';
import { HttpError } from '../errors.js';

export const MAX_TAG_LENGTH = 30;

/** TODO (Task 3): trim, turn each inner run of whitespace into one hyphen, lower-case. */
export function normaliseTag(raw: string): string {
  void raw;
  throw new Error('Not implemented: normaliseTag (Task 3)');
}

/**
 * TODO (Task 3): why a normalised name cannot be a tag (empty, over 30 characters, a character
 * other than a letter, digit or hyphen: /^[\p{L}\p{N}-]+$/u), or undefined when it can.
 */
export function tagNameProblem(name: string): string | undefined {
  void name;
  throw new Error('Not implemented: tagNameProblem (Task 3)');
}

/** A zod string that comes out normalised, or fails with the reason. Use it in every schema. */
export const tagName = z
  .string()
  .transform(normaliseTag)
  .superRefine((name, ctx) => {
    const problem = tagNameProblem(name);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

/** TODO (Task 6): the body { name } of PATCH /tags/:name, normalised (validate() from ../validate.js). */
export function parseRenameTag(body: unknown): string {
  void body;
  throw new Error('Not implemented: parseRenameTag (Task 6)');
}

/** TODO (Task 6): the body { into } of POST /tags/:name/merge, normalised. */
export function parseMergeTag(body: unknown): string {
  void body;
  throw new Error('Not implemented: parseMergeTag (Task 6)');
}

/** TODO (Task 6): the :name of /tags/:name, normalised; a name no tag could have throws tagNotFound(raw). */
export function parseTagParam(raw: string): string {
  void raw;
  throw new Error('Not implemented: parseTagParam (Task 6)');
}

export function tagNotFound(name: string): HttpError {
  return new HttpError(404, 'not_found', `There is no tag "${name}".`);
}
