// Client file names are data only: cleaned here, code point by code point, and never used as paths.

export const FALLBACK_NAME = 'file';

function isControl(codePoint: number): boolean {
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/** The last piece after either slash, controls dropped, trimmed; "file" for nothing, . or .. */
export function safeName(original: string): string {
  const cut = Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\'));
  let kept = '';
  for (const char of original.slice(cut + 1)) {
    if (!isControl(char.codePointAt(0)!)) kept += char;
  }
  kept = kept.trim();
  return ['', '.', '..'].includes(kept) ? FALLBACK_NAME : kept;
}

/** Printable ASCII except " and \ survives in the quoted filename; anything else becomes _. */
export function asciiFallback(name: string): string {
  let out = '';
  for (const char of name) {
    const code = char.codePointAt(0)!;
    out += code >= 0x20 && code <= 0x7e && char !== '"' && char !== '\\' ? char : '_';
  }
  return out;
}

const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

/** RFC 8187 value-chars: attr-chars as they are, every other UTF-8 byte as %XX. */
export function encodeRfc8187(name: string): string {
  let out = '';
  for (const byte of Buffer.from(name, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function contentDisposition(name: string): string {
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}
