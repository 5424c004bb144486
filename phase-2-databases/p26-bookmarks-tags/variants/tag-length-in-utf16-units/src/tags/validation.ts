// What a tag name is. Every name that comes in (a bookmark's tags, a filter, a path, a rename)
// goes through normaliseTag, so "  Web  Dev ", "web-dev" and "WEB DEV" are one tag.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { validate } from '../validate.js';

export const MAX_TAG_LENGTH = 30;

/** Letters and digits of any script, and hyphens. No comma: it separates tags in ?tags=a,b. */
const TAG_PATTERN = /^[\p{L}\p{N}-]+$/u;

/** Trim, turn each inner run of whitespace into one hyphen, lower-case (Unicode-aware). */
export function normaliseTag(raw: string): string {
  return raw.trim().replace(/\s+/g, '-').toLowerCase();
}

/** Why a normalised name cannot be a tag, or undefined when it can. */
export function tagNameProblem(name: string): string | undefined {
  if (name === '') return 'a tag must not be empty';
  // Characters, not UTF-16 units: "日本" is 2 long, like SQLite's length() counts it.
  if (name.length > MAX_TAG_LENGTH) return `a tag has at most ${MAX_TAG_LENGTH} characters`;
  if (!TAG_PATTERN.test(name)) return `"${name}" may hold only letters, digits, spaces and hyphens`;
  return undefined;
}

/** A zod string that comes out normalised, or fails with the reason. */
export const tagName = z
  .string()
  .transform(normaliseTag)
  .superRefine((name, ctx) => {
    const problem = tagNameProblem(name);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

const renameBody = z.strictObject({ name: tagName });
const mergeBody = z.strictObject({ into: tagName });

/** The new name of PATCH /tags/:name, normalised. */
export function parseRenameTag(body: unknown): string {
  return validate(renameBody, body).name;
}

/** The target of POST /tags/:name/merge, normalised. */
export function parseMergeTag(body: unknown): string {
  return validate(mergeBody, body).into;
}

/** The :name of /tags/:name, normalised; a name no tag could have is a 404, like an unknown one. */
export function parseTagParam(raw: string): string {
  const name = normaliseTag(raw);
  if (tagNameProblem(name) !== undefined) throw tagNotFound(raw);
  return name;
}

export function tagNotFound(name: string): HttpError {
  return new HttpError(404, 'not_found', `There is no tag "${name}".`);
}
