// Slugs: the readable part of a post's address, /posts/cafe-deja-vu.

export const MAX_DERIVED_SLUG_LENGTH = 60;
export const MAX_SLUG_LENGTH = 80;

/** What a slug looks like: lower-case ASCII letters and digits in words joined by single '-'. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * TODO (Task 2): the slug a title gives ("Café déjà vu!" -> "cafe-deja-vu"), by the exact rule
 * of SPEC.md: normalize('NFKD'), drop the accents U+0300 to U+036F, lower-case, every run of
 * characters outside a-z0-9 becomes one '-', no '-' at either end, at most 60 characters (and
 * no '-' at the end after the cut). '' when nothing is left.
 */
export function slugify(title: string): string {
  void title;
  throw new Error('Not implemented: slugify (Task 2)');
}

/**
 * TODO (Task 2): the first of base, base-2, base-3... that is not in `taken`. `taken` may hold
 * other slugs too (base-two, base-2-b): only exact matches count.
 */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  void [base, taken];
  throw new Error('Not implemented: firstFreeSlug (Task 2)');
}
