// A deliberately small User-Agent parser. Real ones (ua-parser-js) know thousands of patterns;
// this one shows the idea and why the order of the checks matters: Edge and Opera say "Chrome/"
// too, and Chrome says "Safari/".

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
  ['Chrome/', 'Chrome'],
  ['Firefox/', 'Firefox'],
  ['Safari/', 'Safari'],
  ['curl/', 'curl'],
];

export function parseUserAgent(header: string | undefined): UserAgent {
  const raw = header ?? null;
  const match = BROWSER_TOKENS.find(([token]) => raw?.includes(token));
  return { raw, browser: match ? match[1] : null };
}
