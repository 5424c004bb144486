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
  // TODO (Task 2): the first SIGNATURES entry whose bytes all match the start of head.
  throw new Error(`Not implemented: signatureType of ${head.length} bytes, ${SIGNATURES.length} signatures to try (Task 2)`);
}

/**
 * Detects the type of a file as its bytes stream past, chunk by chunk, so the file never has to
 * sit in memory whole. Keep the first HEAD_BYTES bytes for signatureType, and decode every chunk
 * with `new TextDecoder('utf-8', { fatal: true })` and `decode(chunk, { stream: true })`: it
 * throws on the first invalid byte, and a character split between two chunks is not an error.
 * https://developer.mozilla.org/en-US/docs/Web/API/TextDecoder/decode
 */
export class TypeDetector {
  update(chunk: Uint8Array): void {
    // TODO (Task 2): keep the head, remember a 0 byte, whether the bytes are still valid UTF-8,
    // and the first character that is not whitespace.
    throw new Error(`Not implemented: TypeDetector.update (${chunk.length} bytes, head of ${HEAD_BYTES}) (Task 2)`);
  }

  /** The type, once every chunk went through update(). */
  finish(): string {
    // TODO (Task 2): decode() once more (an unfinished character at the end is invalid), then:
    // a signature's type; else UNKNOWN when not valid UTF-8 or with a 0 byte; else MARKUP when the
    // first visible character is <; else TEXT.
    throw new Error('Not implemented: TypeDetector.finish (Task 2)');
  }
}
