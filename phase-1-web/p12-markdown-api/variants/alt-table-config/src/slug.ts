// Heading ids ("slugs"): the part after # in a link such as /guide#getting-started.

/** Used when a heading has no letter or digit at all (`## !!!`): an id must not be empty. */
export const FALLBACK_SLUG = 'section';

/**
 * The slug rule of the spec: lower case, drop every character that is not a letter, a digit,
 * whitespace, `-` or `_`, trim, then one `-` for each run of whitespace.
 * \p{L} and \p{N} (with the `u` flag) are Unicode letters and digits, so `Zoë` stays `zoë`.
 */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
  return slug === '' ? FALLBACK_SLUG : slug;
}

/**
 * Returns a function that gives each heading of ONE document its id. The second `intro` becomes
 * `intro-1`, the third `intro-2`, and so on: the smallest suffix not used yet in this document.
 * Make a new slugger for every document, or ids would keep counting across requests.
 */
export function createSlugger(): (text: string) => string {
  const taken = new Set<string>();
  // Where the search for a free suffix of each base starts again: -1, -2... are tried once each.
  const nextSuffix = new Map<string, number>();
  return (text) => {
    const base = slugify(text);
    let id = base;
    let n = nextSuffix.get(base) ?? 1;
    while (taken.has(id)) {
      id = `${base}-${n}`;
      n += 1;
    }
    nextSuffix.set(base, n);
    taken.add(id);
    return id;
  };
}
