/**
 * Makes text safe to show in a report: control characters, DEL, lone surrogates and invisible
 * format characters become escapes (`\x7f`, `\u202e`), so that a wrong value never prints as
 * nothing. Printable text, including non-ASCII letters, is kept as it is.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
