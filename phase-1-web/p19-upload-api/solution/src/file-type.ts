// What a file is, told by its bytes. The client's Content-Type and the file name's extension are
// whatever the client says they are: a page of HTML named photo.png is still HTML.

/** The types this API can recognise and may store. */
export const PNG = 'image/png';
export const JPEG = 'image/jpeg';
export const PDF = 'application/pdf';
export const TEXT = 'text/plain';
/** Text that starts like markup (HTML, SVG, XML): a browser could run scripts in it. */
export const MARKUP = 'text/html';
/** Anything else. */
export const UNKNOWN = 'application/octet-stream';

/** "Magic bytes": how each binary format announces itself in its first bytes. */
const SIGNATURES: ReadonlyArray<{ type: string; bytes: readonly number[] }> = [
  { type: PNG, bytes: [0x89, 0x50, 0x4e, 0x47] },
  { type: JPEG, bytes: [0xff, 0xd8, 0xff] },
  { type: PDF, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
];

/** The longest signature: how many bytes of the head we need to keep. */
const HEAD_BYTES = Math.max(...SIGNATURES.map((signature) => signature.bytes.length));

/** The binary type whose signature starts `head`, if any. */
export function signatureType(head: Uint8Array): string | undefined {
  return SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte))?.type;
}

/**
 * Detects the type of a file as its bytes stream past, chunk by chunk, so the file never has to
 * sit in memory whole. It keeps the first bytes for the signatures and decodes the rest as UTF-8
 * to know whether it is text: a `fatal` TextDecoder throws on the first invalid byte, and with
 * `stream: true` a character split between two chunks is not an error.
 */
export class TypeDetector {
  #head = Buffer.alloc(0);
  #decoder = new TextDecoder('utf-8', { fatal: true });
  #validUtf8 = true;
  #hasNul = false;
  /** The first character that is not whitespace, once seen. */
  #firstVisible: string | undefined;

  update(chunk: Uint8Array): void {
    if (this.#head.length < HEAD_BYTES) this.#head = Buffer.concat([this.#head, chunk]).subarray(0, HEAD_BYTES);
    if (!this.#validUtf8) return;
    if (chunk.includes(0)) this.#hasNul = true;
    this.#readText(() => this.#decoder.decode(chunk, { stream: true }));
  }

  /** The type, once every chunk went through update(). */
  finish(): string {
    this.#readText(() => this.#decoder.decode()); // an incomplete character at the very end is invalid too
    const signature = signatureType(this.#head);
    if (signature) return signature;
    if (!this.#validUtf8 || this.#hasNul) return UNKNOWN;
    return this.#firstVisible === '<' ? MARKUP : TEXT;
  }

  #readText(decode: () => string): void {
    if (!this.#validUtf8) return;
    let text: string;
    try {
      text = decode();
    } catch {
      this.#validUtf8 = false;
      return;
    }
    this.#firstVisible ??= text.trimStart()[0];
  }
}
