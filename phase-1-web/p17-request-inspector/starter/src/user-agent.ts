// A deliberately small User-Agent parser. Real ones (ua-parser-js) know thousands of patterns;
// this one shows the idea and why the order of the checks matters.

export interface UserAgent {
  /** The User-Agent header as sent, or null when there is none. */
  raw: string | null;
  /** The first recognised name, or null. */
  browser: string | null;
}

/** Checked in this order; the first token the header contains wins. */
export const BROWSER_TOKENS: ReadonlyArray<readonly [token: string, browser: string]> = [
  ['Edg/', 'Edge'],
  ['OPR/', 'Opera'],
  ['Firefox/', 'Firefox'],
  ['Chrome/', 'Chrome'],
  ['Safari/', 'Safari'],
  ['curl/', 'curl'],
];

export function parseUserAgent(header: string | undefined): UserAgent {
  // TODO (Task 3): raw is the header or null; browser is the name of the first token of
  // BROWSER_TOKENS that the header contains, or null.
  throw new Error(`Not implemented: parseUserAgent(${JSON.stringify(header)}) (Task 3)`);
}
