// Slugs: the readable part of a post's address, /posts/cafe-deja-vu.

export const MAX_DERIVED_SLUG_LENGTH = 60;
export const MAX_SLUG_LENGTH = 80;

/** What a slug looks like: lower-case ASCII letters and digits in words joined by single '-'. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The combining accents NFKD splits off a letter (U+0300 to U+036F). */
// (not used)

/**
 * The slug a title gives: "Café déjà vu!" -> "cafe-deja-vu". NFKD splits an accented letter
 * into the plain letter and a combining accent (é -> e + U+0301); the accents are dropped, and
 * every run of other characters that are not a-z or 0-9 becomes one '-'. Returns '' when
 * nothing is left.
 */
export function slugify(title: string): string {
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  // Cut first, then drop the '-' a cut in the middle of a gap would leave at the end.
  return words.replace(/ /g, '-').slice(0, MAX_DERIVED_SLUG_LENGTH).replace(/-$/, '');
}

/**
 * The first of base, base-2, base-3... that is not in `taken`. `taken` may hold other slugs too
 * (base-two, base-2-b): only exact matches count.
 */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
