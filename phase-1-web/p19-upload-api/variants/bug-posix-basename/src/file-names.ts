// The client's file name is data to show, never a path to use: files are stored under ids we
// generate, and the name only comes back in JSON and in the Content-Disposition header.

/** The name of a file whose own name is empty once cleaned. */
export const FALLBACK_NAME = 'file';

/** C0 control characters, DEL and C1 control characters: invisible, and dangerous in headers and logs. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * The name we keep for an upload: only the last segment of a path (a browser on Windows may send
 * `C:\Users\ada\notes.txt`, an attacker `../../etc/passwd`), without control characters, trimmed.
 * `.` and `..` mean folders, not files, so they become FALLBACK_NAME like an empty name.
 */
export function safeName(original: string): string {
  const base = original.split('/').pop() ?? '';
  const cleaned = base.replace(CONTROL_CHARACTERS, '').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? FALLBACK_NAME : cleaned;
}

/**
 * `filename="…"` is for old clients and takes ASCII only: every other character, and `"` and `\`
 * (which would end or escape the quoted string), becomes `_`. Spreading the string walks code
 * points, so an emoji becomes one `_`, not two.
 */
export function asciiFallback(name: string): string {
  return [...name].map((char) => (/^[\x20-\x7e]$/.test(char) && char !== '"' && char !== '\\' ? char : '_')).join('');
}

/**
 * `filename*=UTF-8''…` (RFC 8187) carries the real name, percent-encoded. encodeURIComponent
 * leaves `'()*` alone, but RFC 8187 does not allow them unencoded, so they are encoded too.
 */
export function encodeRfc8187(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The Content-Disposition header that makes a browser save the file under its name. */
export function contentDisposition(name: string): string {
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}
