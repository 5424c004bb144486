// Shared by the p49 suite: the API on a fresh database, image bytes of each type, multipart uploads.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { expectStatus, startDbApp, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface ImageJson {
  id: number;
  title: string;
  type: string;
  size: number;
  createdAt: string;
  url: string;
}

export const IMAGE_FIELDS = ['createdAt', 'id', 'size', 'title', 'type', 'url'];
export const START = '2026-09-01T08:00:00.000Z';
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export function start(options: { dbFile?: string; clock?: FakeClock; maxBytes?: number } = {}): Promise<StartedDbApp> {
  const { maxBytes, ...rest } = options;
  return startDbApp({ ...rest, start: START, ...(maxBytes !== undefined ? { extra: { maxBytes } } : {}) });
}

/** `size` bytes starting with `head`, the rest a repeating pattern (so two files differ). */
export function bytes(head: number[] | string, size: number, fill = 7): Buffer {
  const start = typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head);
  const out = Buffer.alloc(Math.max(size, start.length));
  for (let i = 0; i < out.length; i++) out[i] = (i * 31 + fill) % 251;
  start.copy(out);
  return out.subarray(0, size);
}

export const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
export const png = (size = 300, fill = 7) => bytes(PNG_HEAD, size, fill);
export const jpeg = (size = 300) => bytes([0xff, 0xd8, 0xff, 0xe0], size);
export const gif87 = (size = 300) => bytes('GIF87a', size);
export const gif89 = (size = 300) => bytes('GIF89a', size);
export const webp = (size = 300) => bytes('RIFF\x24\x01\x00\x00WEBPVP8 ', size);

export interface Part {
  field?: string;
  bytes: Buffer;
  name?: string;
  type?: string;
}

/**
 * A multipart/form-data body, written out by hand (the DOM's FormData replaces Node's in this
 * suite): text fields first, then the files (field "file" unless given).
 */
export interface Multipart {
  body: Buffer;
  contentType: string;
  /** The parts, for assertion messages. */
  describe: string;
}

export function form(files: Part[], fields: Array<[string, string]> = []): Multipart {
  const boundary = '----p49boundary7MA4YWxkTrZu0gW';
  const chunks: Buffer[] = [];
  for (const [name, value] of fields) chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const file of files) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name ?? 'photo.png'}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const describe = [
    ...fields.map(([name, value]) => `${name}=${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length} chars)` : value)}`),
    ...files.map((file) => `${file.field ?? 'file'}: file "${file.name ?? 'photo.png'}" (${file.bytes.length} bytes, ${file.type ?? 'application/octet-stream'})`),
  ].join('; ');
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}`, describe };
}

/** POST /api/images with a multipart body, named in messages by its parts. */
export async function postForm(api: TestServer, data: Multipart): Promise<HttpResponse> {
  const res = await api.post('/api/images', { body: data.body, headers: { 'content-type': data.contentType } });
  return { ...res, request: `${res.request} multipart [${data.describe}]` };
}

/** Uploads one file with a title. */
export function upload(api: TestServer, file: Buffer, title: string, name = 'photo.png', type = 'image/png'): Promise<HttpResponse> {
  return postForm(api, form([{ bytes: file, name, type }], [['title', title]]));
}

export function expectImage(res: HttpResponse, status = 200): ImageJson {
  expectStatus(res, status);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: an image has exactly the fields ${IMAGE_FIELDS.join(', ')}`).toEqual(IMAGE_FIELDS);
  return res.json as ImageJson;
}

export async function uploaded(api: TestServer, file: Buffer, title: string): Promise<ImageJson> {
  return expectImage(await upload(api, file, title), 201);
}

export async function listImages(api: TestServer): Promise<ImageJson[]> {
  const res = await api.get('/api/images');
  expectStatus(res, 200);
  expect(Object.keys((res.json as object) ?? {}), `${res.request}: the body is { items }`).toEqual(['items']);
  return (res.json as { items: ImageJson[] }).items;
}

/** GET with the body as bytes. */
export async function download(api: TestServer, urlPath: string): Promise<{ status: number; headers: Headers; bytes: Buffer; request: string }> {
  const res = await fetch(api.url + urlPath);
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()), request: `GET ${urlPath}` };
}

/** The folder `images` beside the database file. */
export function imagesDir(dbFile: string): string {
  return path.join(path.dirname(dbFile), 'images');
}

/** The files in that folder (none when it does not exist), as their contents. */
export function storedFiles(dbFile: string): Array<{ name: string; bytes: Buffer }> {
  let names: string[];
  try {
    names = readdirSync(imagesDir(dbFile), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
  return names.sort().map((name) => ({ name, bytes: readFileSync(path.join(imagesDir(dbFile), name)) }));
}
