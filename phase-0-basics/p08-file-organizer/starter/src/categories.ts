import path from 'node:path';

/**
 * Which folder a file goes to with `--by type`, by its extension (lower case, without the dot).
 * `as const` keeps the exact strings, so TypeScript knows the folder names. (Given.)
 */
export const CATEGORIES = {
  images: ['jpg', 'jpeg', 'png', 'gif', 'bmp', 'svg', 'webp', 'heic', 'tiff'],
  documents: ['pdf', 'doc', 'docx', 'odt', 'rtf', 'txt', 'md', 'csv', 'xls', 'xlsx', 'ods', 'ppt', 'pptx', 'odp'],
  audio: ['mp3', 'wav', 'flac', 'ogg', 'm4a', 'aac'],
  video: ['mp4', 'mkv', 'mov', 'avi', 'webm'],
  archives: ['zip', 'tar', 'gz', 'tgz', 'bz2', 'xz', '7z', 'rar'],
  code: ['js', 'ts', 'py', 'java', 'c', 'cpp', 'h', 'go', 'rs', 'rb', 'sh', 'json', 'html', 'css'],
} as const satisfies Record<string, readonly string[]>;

/** Where files go whose extension is in no list above, or that have none. */
export const OTHER = 'other';

/** The category folder of a file name (Task 1). */
export function categoryOf(fileName: string): string {
  // TODO (Task 1): the extension is the text after the last dot, lower-cased:
  // path.extname("photo.JPG") is ".JPG" (drop the dot with .slice(1)), and it is "" for
  // "README" and for ".bashrc" (a leading dot alone is not an extension).
  // Look for it in each list of CATEGORIES (Object.entries gives [category, extensions] pairs);
  // no match means OTHER.
  throw new Error('Not implemented: categoryOf');
}

/** The `--by date` folder, "YYYY/MM", from a modification time, in UTC (Task 1). */
export function dateFolder(mtime: Date): string {
  // TODO (Task 1): use getUTCFullYear() and getUTCMonth() (which counts months from 0!), and
  // pad with String(n).padStart(4, '0') / padStart(2, '0'): 2024-03-05 is "2024/03".
  throw new Error('Not implemented: dateFolder');
}
