import path from 'node:path';

export const CATEGORIES = {
  images: ['jpg', 'jpeg', 'png', 'gif', 'bmp', 'svg', 'webp', 'heic', 'tiff'],
  documents: ['pdf', 'doc', 'docx', 'odt', 'rtf', 'txt', 'md', 'csv', 'xls', 'xlsx', 'ods', 'ppt', 'pptx', 'odp'],
  audio: ['mp3', 'wav', 'flac', 'ogg', 'm4a', 'aac'],
  video: ['mp4', 'mkv', 'mov', 'avi', 'webm'],
  archives: ['zip', 'tar', 'gz', 'tgz', 'bz2', 'xz', '7z', 'rar'],
  code: ['js', 'ts', 'py', 'java', 'c', 'cpp', 'h', 'go', 'rs', 'rb', 'sh', 'json', 'html', 'css'],
} as const;

export const OTHER = 'other';

const FOLDER_OF = new Map<string, string>(Object.entries(CATEGORIES).flatMap(([folder, exts]) => exts.map((ext) => [ext, folder] as [string, string])));

export function categoryOf(fileName: string): string {
  const ext = path.extname(fileName);
  return (ext && FOLDER_OF.get(ext.slice(1).toLowerCase())) || OTHER;
}

/** toISOString is always UTC: "2024-03-05T10:00:00.000Z" gives "2024/03" (years 0-9999). */
export function dateFolder(mtime: Date): string {
  const iso = mtime.toISOString();
  return `${iso.slice(0, 4)}/${iso.slice(5, 7)}`;
}
