// What an image is, told by its bytes (SPEC.md, Task 2).

export const PNG = 'image/png';
export const JPEG = 'image/jpeg';
export const GIF = 'image/gif';
export const WEBP = 'image/webp';

export const IMAGE_TYPES: readonly string[] = [PNG, JPEG, GIF, WEBP];

/** The image type whose signature starts `bytes`, or undefined for anything else. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  // TODO (Task 2): compare the first bytes with the signatures of SPEC.md's table.
  void bytes;
  throw new Error('Not implemented: sniffImageType (Task 2)');
}
