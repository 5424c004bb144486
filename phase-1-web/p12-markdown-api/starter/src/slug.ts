// Heading ids ("slugs"): the part after # in a link such as /guide#getting-started.

/** Used when a heading has no letter or digit at all (`## !!!`): an id must not be empty. */
export const FALLBACK_SLUG = 'section';

/**
 * The slug rule of the spec (Task 4): lower case, drop every character that is not a letter, a
 * digit, whitespace, `-` or `_`, trim, then one `-` for each run of whitespace. FALLBACK_SLUG when
 * nothing is left. In a regular expression with the `u` flag, \p{L} is any Unicode letter and
 * \p{N} any digit: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Regular_expressions/Unicode_character_class_escape
 */
export function slugify(text: string): string {
  // TODO (Task 4): 'Hello, World!' -> 'hello-world', 'Zoë's café' -> 'zoës-café', '!!!' -> 'section'.
  throw new Error(`Not implemented: slugify(${JSON.stringify(text)}) (Task 4)`);
}

/**
 * Returns a function that gives each heading of ONE document its id: the second `intro` becomes
 * `intro-1`, the third `intro-2`, always the smallest suffix not used yet in this document.
 * Make a new slugger for every document, or ids would keep counting across requests.
 */
export function createSlugger(): (text: string) => string {
  // TODO (Task 4): keep the ids used so far in a Set inside this function (not at module level).
  return (text) => {
    throw new Error(`Not implemented: a slugger, for ${JSON.stringify(text)} (Task 4)`);
  };
}
