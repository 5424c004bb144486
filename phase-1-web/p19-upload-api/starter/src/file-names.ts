// The client's file name is data to show, never a path to use: files are stored under ids you
// generate, and the name only comes back in JSON and in the Content-Disposition header.

/** The name of a file whose own name is empty once cleaned. */
export const FALLBACK_NAME = 'file';

/**
 * The name we keep for an upload: only the last segment of a path, without control characters,
 * trimmed; FALLBACK_NAME when nothing, `.` or `..` is left.
 */
export function safeName(original: string): string {
  // TODO (Task 4): split on both / and \ and keep the last piece; remove the characters
  // U+0000-U+001F and U+007F-U+009F; trim.
  throw new Error(`Not implemented: safeName(${JSON.stringify(original)}) (Task 4)`);
}

/** The ASCII-only name for `filename="…"`. */
export function asciiFallback(name: string): string {
  // TODO (Task 6): every code point outside printable ASCII (U+0020-U+007E), and `"` and `\`,
  // becomes `_`. [...name] walks code points.
  throw new Error(`Not implemented: asciiFallback(${JSON.stringify(name)}) (Task 6)`);
}

/** The exact name for `filename*=UTF-8''…` (RFC 8187), percent-encoded. */
export function encodeRfc8187(name: string): string {
  // TODO (Task 6): encodeURIComponent, plus ' ( ) * which it leaves alone.
  throw new Error(`Not implemented: encodeRfc8187(${JSON.stringify(name)}) (Task 6)`);
}

/** The Content-Disposition header that makes a browser save the file under its name. */
export function contentDisposition(name: string): string {
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}
