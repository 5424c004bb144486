// Globs with * and ? only, matched by hand over code points: no regular expression to escape.

/** Matches `name` against `pattern` with backtracking on the last star seen. */
export function matchGlob(pattern: string, name: string): boolean {
  const p = Array.from(pattern);
  const n = Array.from(name);
  let pi = 0;
  let ni = 0;
  let star = -1;
  let resume = 0;
  while (ni < n.length) {
    if (pi < p.length && (p[pi] === '?' || (p[pi] !== '*' && p[pi] === n[ni]))) {
      pi += 1;
      ni += 1;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi;
      resume = ni;
      pi += 1;
    } else if (star >= 0) {
      pi = star + 1;
      resume += 1;
      ni = resume;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi += 1;
  return pi === p.length;
}

/** The same test as a RegExp-like object, for code that wants `.test(name)`. */
export function globToRegExp(pattern: string): RegExp {
  const source = Array.from(pattern, (c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`, 'su');
}
