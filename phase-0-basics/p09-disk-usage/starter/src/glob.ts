// Ignore patterns: a tiny glob language matched against one name (never a whole path).

/**
 * Turns a glob into an anchored regular expression (SPEC.md, Task 3): `*` is any run of
 * characters (even none), `?` exactly one character, everything else itself.
 * https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_expressions
 */
export function globToRegExp(pattern: string): RegExp {
  // TODO (Task 3):
  // - Walk the pattern with `for (const char of pattern)`: for...of gives whole code points,
  //   so an emoji is one char.
  // - "*" adds ".*" to the regex source, "?" adds ".", and every other character is escaped
  //   so that "." or "(" mean themselves: char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').
  // - Return new RegExp(`^${source}$`, 'su'): ^ and $ make the whole name match, "u" makes "."
  //   match a whole code point, "s" makes it match a newline too.
  throw new Error('Not implemented: globToRegExp');
}

/** Whether `name` (a file or folder name, not a path) matches the glob `pattern`, case-sensitively. */
export function matchGlob(pattern: string, name: string): boolean {
  return globToRegExp(pattern).test(name);
}
