import path from 'node:path';

/**
 * Which folder a file goes to with `--by type`, by its extension (lower case, without the dot).
 * `as const` keeps the exact strings, so TypeScript knows the folder names.
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

/**
 * The category folder of a file name. path.extname gives the text from the last dot (".JPG"),
 * or "" when there is none; a leading dot alone (".bashrc") is not an extension.
 */
export function categoryOf(fileName: string): string {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  for (const [category, extensions] of Object.entries(CATEGORIES)) {
    if ((extensions as readonly string[]).includes(extension)) return category;
  }
  return OTHER;
}

/**
 * The `--by date` folder, "YYYY/MM", from a modification time. UTC, so that the same file lands
 * in the same folder whatever the time zone of the machine.
 */
export function dateFolder(mtime: Date): string {
  const year = String(mtime.getFullYear()).padStart(4, '0');
  const month = String(mtime.getMonth() + 1).padStart(2, '0');
  return `${year}/${month}`;
}
