// What an image is, told by its bytes. The file name ("photo.png") and the part's Content-Type
// are whatever the client wrote; the first bytes of the file ("magic bytes") are what a browser
// will decode. https://en.wikipedia.org/wiki/List_of_file_signatures

export const PNG = 'image/png';
export const JPEG = 'image/jpeg';
export const GIF = 'image/gif';
export const WEBP = 'image/webp';
/** The types this API stores, in the order its messages list them. */
export const IMAGE_TYPES: readonly string[] = [PNG, JPEG, GIF, WEBP];

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Each format's signature: bytes expected at an offset; `undefined` means "any byte here". */
const SIGNATURES: ReadonlyArray<{ type: string; bytes: ReadonlyArray<number | undefined> }> = [
  { type: PNG, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: JPEG, bytes: [0xff, 0xd8, 0xff] },
  { type: GIF, bytes: ascii('GIF87a') },
  { type: GIF, bytes: ascii('GIF89a') },
  // RIFF, then four bytes of length, then WEBP.
  { type: WEBP, bytes: [...ascii('RIFF'), undefined, undefined, undefined, undefined, ...ascii('WEBP')] },
];

/** The image type whose signature starts `bytes`, or undefined for anything else. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(({ bytes: signature }) => signature.length <= bytes.length && signature.every((byte, i) => byte === undefined || bytes[i] === byte))?.type;
}
