// Sizes for people: bytes below 1 KiB, else one decimal in the biggest unit that stays below 1024.
const SUFFIXES = ['K', 'M', 'G', 'T', 'P'];

export function humanSize(bytes: number): string {
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) {
    throw new RangeError(`not a byte count: ${bytes}`);
  }
  if (bytes < 1024) return `${bytes}B`;
  let scale = 1024;
  let suffix = 0;
  // Move up while the tenths, rounded half up, would reach 1024.0 in this unit.
  while (suffix < SUFFIXES.length - 1 && Math.round((bytes / scale) * 10) >= 10240) {
    scale *= 1024;
    suffix += 1;
  }
  const tenths = Math.round((bytes / scale) * 10);
  return `${Math.floor(tenths / 10)}.${tenths % 10}${SUFFIXES[suffix]}`;
}
