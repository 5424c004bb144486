// Ignore patterns: a tiny glob language matched against one name (never a whole path).

// Characters that mean something in a regular expression and must be matched literally.
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * Turns a glob into an anchored regular expression: `*` is any run of characters (even none),
 * `?` exactly one character, everything else itself. Iterating the string with for...of walks
 * code points, and the `u` flag makes `.` match a whole code point, so `?` matches one emoji.
 * The `s` flag lets `.` match a newline too: file names may contain one.
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (const char of pattern) {
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(REGEX_SPECIAL, '\\$&');
  }
  return new RegExp(`^${source}$`, 'su');
}

/** Whether `name` (a file or folder name, not a path) matches the glob `pattern`, case-sensitively. */
export function matchGlob(pattern: string, name: string): boolean {
  return globToRegExp(pattern).test(name);
}
