// Hidden suite for p19 Upload API. It drives the app over real HTTP on a loopback port and uses
// only what SPEC.md's Interface section promises: createApp(options) in src/app.ts, the routes,
// status codes, headers, body shapes and error codes, and that every file stays inside
// options.dir. How the app lays out that folder is its own business; wording is never checked.
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectApiError, expectHostileInputRefused, expectInvalid, expectJson, expectStatus, fakeClock, load, serve, tempDir, type AppLike, type FakeClock, type HttpResponse, type TestServer } from '#testkit';

interface AppOptions {
  dir: string;
  maxBytes?: number;
  allowedTypes?: readonly string[];
  now?: () => Date;
}

interface AppModule {
  createApp: (options: AppOptions) => AppLike;
}

interface FileMeta {
  id: string;
  name: string;
  size: number;
  type: string;
  sha256: string;
  uploadedAt: string;
}

/** Far from the real date, so an app that reads the system clock is caught. */
const START = '2031-05-04T03:02:01.250Z';

// Tiny files that start like the real formats.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')]);
const TEXT = Buffer.from('Shopping list:\n- milk\n- Zoë’s cake 🎂\n');
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n');
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x3e, 0x00]);
const WINDOWS_EXE = Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), Buffer.from('This program cannot be run in DOS mode.')]);

interface Started {
  server: TestServer;
  /** options.dir, two levels below `root`, so that anything written beside it shows in root. */
  dir: string;
  root: string;
  clock: FakeClock;
}

async function startOn(dir: string, options: Partial<AppOptions> = {}, clock = fakeClock(START)): Promise<TestServer> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  return serve(createApp({ dir, now: clock.now, ...options }));
}

/** A fresh app on a fresh folder `<root>/data/uploads`, which the app creates. */
async function start(options: Partial<AppOptions> = {}): Promise<Started> {
  const root = tempDir('b100-p19-');
  const dir = path.join(root, 'data', 'uploads');
  const clock = fakeClock(START);
  return { server: await startOn(dir, options, clock), dir, root, clock };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A multipart body with one file part per entry (field "file" unless given). */
function form(...files: Array<{ name: string; bytes: Buffer; field?: string; type?: string }>): FormData {
  const data = new FormData();
  for (const file of files) data.append(file.field ?? 'file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  return data;
}

/** POST /files with a FormData body, named in assertion messages by its parts. */
async function postForm(server: TestServer, data: FormData): Promise<HttpResponse> {
  const parts = [...data.entries()].map(([field, value]) => (typeof value === 'string' ? `${field}=${value}` : `${field}: file "${value.name}" (${value.size} bytes)`));
  const res = await server.post('/files', { body: data });
  return { ...res, request: `${res.request} multipart [${parts.join('; ')}]` };
}

function upload(server: TestServer, name: string, bytes: Buffer, type?: string): Promise<HttpResponse> {
  return postForm(server, form({ name, bytes, ...(type ? { type } : {}) }));
}

/** Uploads a file that must be accepted and returns its metadata. */
async function uploaded(server: TestServer, name: string, bytes: Buffer): Promise<FileMeta> {
  const res = await upload(server, name, bytes);
  expectStatus(res, 201);
  return res.json as FileMeta;
}

/** Sends a raw body with exactly this Content-Type (or none). */
async function postRaw(server: TestServer, body: string | Buffer, contentType?: string): Promise<HttpResponse> {
  const res = await server.post('/files', { body, headers: contentType ? { 'content-type': contentType } : {} });
  return { ...res, request: `${res.request} (${contentType ? `Content-Type: ${contentType}` : 'no Content-Type'})` };
}

/** GET with the body as bytes: res.text would mangle binary files. */
async function download(server: TestServer, urlPath: string, method = 'GET'): Promise<{ status: number; headers: Headers; bytes: Buffer; request: string }> {
  const res = await fetch(server.url + urlPath, { method });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()), request: `${method} ${urlPath}` };
}

/** Every file under `folder`, as "relative/path (size bytes)", sorted. */
function snapshot(folder: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(`${path.relative(folder, full)} (${statSync(full).size} bytes)`);
    }
  };
  walk(folder);
  return files.sort();
}

/** The files under `folder` whose bytes contain `marker`. */
function filesContaining(folder: string, marker: Buffer): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (readFileSync(full).includes(marker)) found.push(path.relative(folder, full));
    }
  };
  walk(folder);
  return found;
}

async function listed(server: TestServer): Promise<FileMeta[]> {
  const res = await server.get('/files');
  expectStatus(res, 200);
  const files = (res.json as { files?: unknown } | undefined)?.files;
  expect(Array.isArray(files), `GET /files: files should be an array, got ${res.text.slice(0, 200)}`).toBe(true);
  return files as FileMeta[];
}

/** A unique text file, so a check can find its bytes on disk. */
function markerText(label: string): Buffer {
  return Buffer.from(`${label} ${randomUUID()}\n`);
}

function expectUnsupported(res: HttpResponse): void {
  expectApiError(res, 415, 'unsupported_media_type');
}

/** Parses `attachment; filename="..."; filename*=UTF-8''...` into its parts. */
function disposition(header: string | null): { type: string; filename?: string; filenameStar?: string } {
  const value = header ?? '';
  const type = value.split(';')[0]?.trim().toLowerCase() ?? '';
  const quoted = /(?:^|;)\s*filename="((?:[^"\\]|\\.)*)"/i.exec(value)?.[1];
  const star = /(?:^|;)\s*filename\*=UTF-8''([^;\s]*)/i.exec(value)?.[1];
  return { type, ...(quoted !== undefined ? { filename: quoted.replace(/\\(.)/g, '$1') } : {}), ...(star !== undefined ? { filenameStar: star } : {}) };
}

describe('Task 1: Upload a file', () => {
  it('POST /files stores a PNG: 201, Location, and its metadata', async () => {
    const { server } = await start();
    const res = await upload(server, 'photo.png', PNG, 'image/png');
    expectStatus(res, 201);
    expectJson(res);
    const meta = res.json as FileMeta;
    expect(typeof meta.id === 'string' && /^[A-Za-z0-9_-]+$/.test(meta.id), `${res.request}: id should be a URL-safe string, got ${JSON.stringify(meta.id)}`).toBe(true);
    expect(meta, res.request).toMatchObject({ name: 'photo.png', size: PNG.length, type: 'image/png', sha256: sha256(PNG), uploadedAt: START });
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/files/${meta.id}`);
  });

  it('size and sha256 are those of the bytes received, for text with multi-byte characters', async () => {
    const { server } = await start();
    const res = await upload(server, 'list.txt', TEXT, 'text/plain');
    expectStatus(res, 201);
    expect(res.json, res.request).toMatchObject({ name: 'list.txt', size: TEXT.length, type: 'text/plain', sha256: sha256(TEXT) });
  });

  it('each upload gets its own id, and uploadedAt comes from the injected clock', async () => {
    const { server, clock } = await start();
    const first = await uploaded(server, 'a.txt', TEXT);
    clock.advance(90_500);
    const second = await uploaded(server, 'a.txt', TEXT);
    expect(second.id, 'two uploads of the same file: ids').not.toBe(first.id);
    expect(second.uploadedAt, 'uploadedAt of an upload 90.5 s later').toBe('2031-05-04T03:03:31.750Z');
  });

  it('other text fields next to the file are ignored', async () => {
    const { server } = await start();
    const data = form({ name: 'notes.txt', bytes: TEXT });
    data.append('title', 'My notes');
    data.append('name', '../../evil.sh');
    const res = await postForm(server, data);
    expectStatus(res, 201);
    expect(res.json, res.request).toMatchObject({ name: 'notes.txt', size: TEXT.length });
  });

  it('a form without a file is a 400 validation_failed about "file"', async () => {
    const { server } = await start();
    const onlyText = new FormData();
    onlyText.append('title', 'no file here');
    expectInvalid(await postForm(server, onlyText), 'file');
    expectInvalid(await postForm(server, new FormData()), 'file');
    const textNamedFile = new FormData();
    textNamedFile.append('file', 'just a string, not a file');
    expectInvalid(await postForm(server, textNamedFile), 'file');
  });

  it('a file in another field is a 400 validation_failed about "file"', async () => {
    const { server } = await start();
    expectInvalid(await postForm(server, form({ name: 'notes.txt', bytes: TEXT, field: 'upload' })), 'file');
    expect(await listed(server), 'GET /files after an upload in the wrong field').toEqual([]);
  });

  it('two files are a 400 validation_failed about "file", and neither is stored', async () => {
    const { server, dir } = await start();
    const before = snapshot(dir);
    expectInvalid(await postForm(server, form({ name: 'a.txt', bytes: TEXT }, { name: 'b.png', bytes: PNG })), 'file');
    expectInvalid(await postForm(server, form({ name: 'a.txt', bytes: TEXT }, { name: 'b.png', bytes: PNG, field: 'other' })), 'file');
    expect(await listed(server), 'GET /files after uploads of two files').toEqual([]);
    expect(snapshot(dir), 'the files under options.dir after uploads of two files').toEqual(before);
  });

  it('an empty file is a 400 validation_failed about "file"', async () => {
    const { server } = await start();
    expectInvalid(await upload(server, 'empty.txt', Buffer.alloc(0)), 'file');
  });

  it('a body that is not multipart/form-data is a 415', async () => {
    const { server } = await start();
    expectUnsupported(await server.post('/files', { json: { file: 'aGVsbG8=', name: 'a.txt' } }));
    expectUnsupported(await postRaw(server, TEXT, 'text/plain'));
    expectUnsupported(await postRaw(server, PNG, 'image/png'));
    expectUnsupported(await postRaw(server, 'file=hello', 'application/x-www-form-urlencoded'));
    expectUnsupported(await postRaw(server, TEXT));
    expect(await listed(server), 'GET /files after bodies that are not multipart').toEqual([]);
  });

  it('a malformed multipart body is a 400 validation_failed, not a crash', async () => {
    const { server } = await start();
    expectInvalid(await postRaw(server, 'hello', 'multipart/form-data'), 'body');
    const truncated = '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello';
    expectInvalid(await postRaw(server, truncated, 'multipart/form-data; boundary=XYZ'), 'body');
    expect(await listed(server), 'GET /files after malformed multipart bodies').toEqual([]);
  });
});

describe('Task 2: Know the type by the bytes', () => {
  it('JPEG and PDF files are recognised by their first bytes', async () => {
    const { server } = await start();
    expect(await uploaded(server, 'cat.jpg', JPEG), 'a JPEG').toMatchObject({ type: 'image/jpeg', size: JPEG.length, sha256: sha256(JPEG) });
    expect(await uploaded(server, 'invoice.pdf', PDF), 'a PDF').toMatchObject({ type: 'application/pdf', size: PDF.length, sha256: sha256(PDF) });
  });

  it('the bytes win over the name and the part Content-Type: a PNG named notes.txt is image/png', async () => {
    const { server } = await start();
    const res = await upload(server, 'notes.txt', PNG, 'text/plain');
    expectStatus(res, 201);
    expect(res.json, res.request).toMatchObject({ name: 'notes.txt', type: 'image/png' });
    const noExtension = await upload(server, 'scan', PDF, 'image/png');
    expectStatus(noExtension, 201);
    expect(noExtension.json, noExtension.request).toMatchObject({ name: 'scan', type: 'application/pdf' });
  });

  it('an HTML page named photo.png is a 415, and nothing is stored', async () => {
    const { server, dir } = await start();
    const before = snapshot(dir);
    expectUnsupported(await upload(server, 'photo.png', HTML, 'image/png'));
    expectUnsupported(await upload(server, 'page.txt', Buffer.from('  \n\t<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'text/plain'));
    expect(await listed(server), 'GET /files after refused uploads').toEqual([]);
    expect(snapshot(dir), 'the files under options.dir after refused uploads').toEqual(before);
  });

  it('an executable named photo.jpg or report.pdf is a 415', async () => {
    const { server, dir } = await start();
    const before = snapshot(dir);
    expectUnsupported(await upload(server, 'photo.jpg', ELF, 'image/jpeg'));
    expectUnsupported(await upload(server, 'report.pdf', WINDOWS_EXE, 'application/pdf'));
    expect(snapshot(dir), 'the files under options.dir after refused executables').toEqual(before);
  });

  it('text with a NUL byte, or bytes that are not UTF-8, is a 415', async () => {
    const { server } = await start();
    expectUnsupported(await upload(server, 'nul.txt', Buffer.from('hello\u0000world\n')));
    expectUnsupported(await upload(server, 'latin1.txt', Buffer.from('caf\xe9 cr\xe8me\n', 'latin1')));
    expectUnsupported(await upload(server, 'cut.txt', Buffer.concat([Buffer.from('an unfinished character: '), Buffer.from([0xc3])])));
  });

  it('a text file that mentions tags later on is still text/plain', async () => {
    const { server } = await start();
    const bytes = Buffer.from('Use <b> for bold and <script> never.\n');
    expect(await uploaded(server, 'tips.txt', bytes), 'text with < after the first character').toMatchObject({ type: 'text/plain' });
  });

  it('allowedTypes limits what is accepted', async () => {
    const { server } = await start({ allowedTypes: ['image/png', 'application/pdf'] });
    expectUnsupported(await upload(server, 'notes.txt', TEXT));
    expectUnsupported(await upload(server, 'cat.jpg', JPEG));
    expect(await uploaded(server, 'photo.png', PNG), 'a PNG with allowedTypes [image/png, application/pdf]').toMatchObject({ type: 'image/png' });
    expect(await uploaded(server, 'doc.pdf', PDF), 'a PDF with allowedTypes [image/png, application/pdf]').toMatchObject({ type: 'application/pdf' });
  });
});

describe('Task 3: Size limit', () => {
  it('a file of exactly maxBytes is accepted', async () => {
    const { server } = await start({ maxBytes: 64 });
    const bytes = Buffer.from('x'.repeat(63) + '\n');
    expect(await uploaded(server, 'just-fits.txt', bytes), 'a 64-byte file with maxBytes 64').toMatchObject({ size: 64, sha256: sha256(bytes) });
  });

  it('one byte over maxBytes is a 413, and no partial file is left behind', async () => {
    const { server, dir } = await start({ maxBytes: 64 });
    await uploaded(server, 'kept.txt', Buffer.from('kept\n'));
    const before = snapshot(dir);
    const tooBig = Buffer.from('y'.repeat(64) + '\n');
    expectApiError(await upload(server, 'too-big.txt', tooBig), 413, 'payload_too_large');
    expect(snapshot(dir), 'the files under options.dir after a 413').toEqual(before);
    expect((await listed(server)).map((file) => file.name), 'GET /files after a 413').toEqual(['kept.txt']);
  });

  it('a file far over the limit is a 413, not a crash, and nothing of it is on disk', async () => {
    const { server, dir } = await start({ maxBytes: 100 });
    const marker = Buffer.from(`MARKER-${randomUUID()}`);
    const huge = Buffer.concat([marker, Buffer.alloc(20_000, 'z')]);
    expectApiError(await upload(server, 'huge.txt', huge), 413, 'payload_too_large');
    expect(filesContaining(dir, marker), 'files under options.dir holding bytes of the refused file').toEqual([]);
    expectStatus(await upload(server, 'small.txt', Buffer.from('still works\n')), 201);
  });

  it('the size is checked before the type: an oversized HTML page is a 413', async () => {
    const { server } = await start({ maxBytes: 32 });
    expectApiError(await upload(server, 'photo.png', HTML), 413, 'payload_too_large');
  });
});

describe('Task 4: Safe file names', () => {
  it('../../etc/passwd is stored as "passwd", inside options.dir and under another name', async () => {
    const { server, dir, root } = await start();
    const bytes = markerText('root:x:0:0');
    const meta = await uploaded(server, '../../etc/passwd', bytes);
    expect(meta.name, 'the name of an upload called ../../etc/passwd').toBe('passwd');
    expect(readdirSync(root), 'the folder that holds options.dir: nothing may be written beside it').toEqual(['data']);
    expect(readdirSync(path.join(root, 'data')), `${path.join(root, 'data')}: nothing may be written beside options.dir`).toEqual(['uploads']);
    const holders = filesContaining(dir, bytes);
    expect(holders.length, 'files under options.dir that hold the uploaded bytes').toBeGreaterThan(0);
    for (const holder of holders) expect(holder, 'a stored file is named by its id, never by the client').not.toMatch(/passwd|etc/);
  });

  it('Windows paths keep only the base name', async () => {
    const { server, root } = await start();
    expect((await uploaded(server, '..\\..\\win.ini', TEXT)).name, 'the name of ..\\..\\win.ini').toBe('win.ini');
    expect((await uploaded(server, 'C:\\Users\\ada\\report.txt', TEXT)).name, 'the name of C:\\Users\\ada\\report.txt').toBe('report.txt');
    expect((await uploaded(server, 'photos/2024/beach.png', PNG)).name, 'the name of photos/2024/beach.png').toBe('beach.png');
    expect(readdirSync(root), 'the folder that holds options.dir').toEqual(['data']);
  });

  it('control characters are removed and whitespace trimmed', async () => {
    const { server } = await start();
    expect((await uploaded(server, 'ev\u0085il\u009f.txt', TEXT)).name, 'a name with the C1 controls \\u0085 and \\u009f').toBe('evil.txt');
    expect((await uploaded(server, 'tab\there.txt', TEXT)).name, 'a name with a tab').toBe('tabhere.txt');
    expect((await uploaded(server, 'two\r\nlines.txt', TEXT)).name, 'a name with CR LF').toBe('twolines.txt');
    expect((await uploaded(server, '  spaced out.txt \t', TEXT)).name, 'a name with spaces around').toBe('spaced out.txt');
  });

  it('control characters go first, then the trim; inner spaces stay as sent', async () => {
    const { server } = await start();
    expect((await uploaded(server, '\u0085 name.txt \u009f', TEXT)).name, 'a name "\\u0085 name.txt \\u009f" (controls removed, then trimmed)').toBe('name.txt');
    expect((await uploaded(server, 'two  spaces .txt', TEXT)).name, 'a name with two inner spaces (kept as sent)').toBe('two  spaces .txt');
    expect((await uploaded(server, ' .. ', TEXT)).name, 'a name " .. " (.. once trimmed)').toBe('file');
    expect((await uploaded(server, 'x/\u0085..\u0085', TEXT)).name, 'a name "x/\\u0085..\\u0085" (.. once cleaned)').toBe('file');
  });

  it('a name that is empty once cleaned becomes "file"', async () => {
    const { server } = await start();
    for (const name of ['../', '..', '.', '   ', '\r\n', '\u0085', 'folder/']) {
      expect((await uploaded(server, name, TEXT)).name, `the name of an upload called ${JSON.stringify(name)}`).toBe('file');
    }
  });

  it('Unicode and HTML in names are kept as they are', async () => {
    const { server } = await start();
    expect((await uploaded(server, 'résumé 2024 👋.txt', TEXT)).name, 'a Unicode name').toBe('résumé 2024 👋.txt');
    expect((await uploaded(server, '<img src=x onerror=alert(1)>.png', PNG)).name, 'a name with HTML').toBe('<img src=x onerror=alert(1)>.png');
  });

  it('two uploads with the same name do not overwrite each other', async () => {
    const { server } = await start();
    const first = markerText('first');
    const second = markerText('second');
    const a = await uploaded(server, 'same.txt', first);
    const b = await uploaded(server, 'same.txt', second);
    expect((await download(server, `/files/${a.id}/content`)).bytes.toString(), 'the content of the first same.txt').toBe(first.toString());
    expect((await download(server, `/files/${b.id}/content`)).bytes.toString(), 'the content of the second same.txt').toBe(second.toString());
  });
});

describe('Task 5: List, read and delete', () => {
  it('GET /files on an empty folder lists nothing', async () => {
    const { server } = await start();
    const res = await server.get('/files');
    expectStatus(res, 200);
    expectJson(res);
    expect(res.json, 'GET /files').toEqual({ files: [] });
  });

  it('GET /files lists every upload, oldest first, with the metadata POST returned', async () => {
    const { server, clock } = await start();
    const first = await uploaded(server, 'b.txt', TEXT);
    clock.advance(1000);
    const second = await uploaded(server, 'a.png', PNG);
    clock.advance(1000);
    const third = await uploaded(server, 'c.pdf', PDF);
    expect(await listed(server), 'GET /files after three uploads a second apart').toEqual([first, second, third]);
  });

  it('GET /files/:id answers the metadata of one file', async () => {
    const { server } = await start();
    const meta = await uploaded(server, 'photo.png', PNG);
    await uploaded(server, 'other.txt', TEXT);
    const res = await server.get(`/files/${meta.id}`);
    expectStatus(res, 200);
    expectJson(res);
    expect(res.json, res.request).toEqual(meta);
  });

  it('unknown and malformed ids are 404s, never a read of another file', async () => {
    const { server } = await start();
    const meta = await uploaded(server, 'photo.png', PNG);
    const ids = [randomUUID(), 'nope', '..', '%2E%2E', '..%2F..%2Fetc%2Fpasswd', '..%2Findex.json', 'index.json', `${meta.id}.json`, `${meta.id}%00`, `${meta.id.toUpperCase()}x`, '__proto__', 'constructor', "1' OR '1'='1"];
    for (const id of ids) {
      expectApiError(await server.get(`/files/${encodeURI(id)}`), 404, 'not_found');
      expectApiError(await server.get(`/files/${encodeURI(id)}/content`), 404, 'not_found');
      expectApiError(await server.delete(`/files/${encodeURI(id)}`), 404, 'not_found');
    }
    // Sent as they are: Express decodes %2F to / inside :id, so the id becomes a path that leads
    // back to a real file when it is joined to a folder.
    for (const raw of [`x%2F..%2F${meta.id}`, `${meta.id}%2F..%2F${meta.id}`, `..%2Ffiles%2F${meta.id}`]) {
      expectApiError(await server.get(`/files/${raw}`), 404, 'not_found');
      expectApiError(await server.get(`/files/${raw}/content`), 404, 'not_found');
    }
    expect(await listed(server), 'GET /files after requests for unknown ids').toEqual([meta]);
  });

  it('DELETE /files/:id answers 204, and the file is gone everywhere, bytes included', async () => {
    const { server, dir } = await start();
    const bytes = markerText('delete me');
    const meta = await uploaded(server, 'temp.txt', bytes);
    const kept = await uploaded(server, 'kept.txt', TEXT);
    const res = await server.delete(`/files/${meta.id}`);
    expectStatus(res, 204);
    expect(res.text, `${res.request}: the body of a 204`).toBe('');
    expectApiError(await server.get(`/files/${meta.id}`), 404, 'not_found');
    expectApiError(await server.get(`/files/${meta.id}/content`), 404, 'not_found');
    expectApiError(await server.delete(`/files/${meta.id}`), 404, 'not_found');
    expect(await listed(server), 'GET /files after the delete').toEqual([kept]);
    expect(filesContaining(dir, bytes), 'files under options.dir still holding the deleted bytes').toEqual([]);
  });

  it('files survive a restart: a new app on the same dir lists and serves them', async () => {
    const root = tempDir('b100-p19-');
    const dir = path.join(root, 'uploads');
    const clock = fakeClock(START);
    const first = await startOn(dir, {}, clock);
    const png = await uploaded(first, 'photo.png', PNG);
    clock.advance(1000); // a different uploadedAt, so the order of the list is fixed
    const text = await uploaded(first, 'notes.txt', TEXT);
    await first.close();
    const second = await startOn(dir);
    expect(await listed(second), 'GET /files on a new app on the same dir').toEqual([png, text]);
    expect((await download(second, `/files/${png.id}/content`)).bytes.equals(PNG), 'the PNG downloaded from the new app is byte for byte the same').toBe(true);
    expectStatus(await second.delete(`/files/${text.id}`), 204);
    const third = await startOn(dir);
    expect(await listed(third), 'GET /files after a delete on the second app').toEqual([png]);
  });

  it('two apps on different folders share nothing', async () => {
    const one = await start();
    const two = await start();
    const meta = await uploaded(one.server, 'photo.png', PNG);
    expect(await listed(two.server), 'GET /files on another app').toEqual([]);
    expectApiError(await two.server.get(`/files/${meta.id}`), 404, 'not_found');
  });

  it('wrong methods are 405s with Allow; unknown paths are 404s', async () => {
    const { server } = await start();
    const meta = await uploaded(server, 'photo.png', PNG);
    const cases: Array<[string, string, string[]]> = [
      ['PUT', '/files', ['GET', 'HEAD', 'POST']],
      ['DELETE', '/files', ['GET', 'HEAD', 'POST']],
      ['POST', `/files/${meta.id}`, ['GET', 'HEAD', 'DELETE']],
      ['PUT', `/files/${meta.id}`, ['GET', 'HEAD', 'DELETE']],
      ['DELETE', `/files/${meta.id}/content`, ['GET', 'HEAD']],
    ];
    for (const [method, urlPath, allow] of cases) {
      const res = await server.request(method, urlPath);
      expectApiError(res, 405, 'method_not_allowed');
      const listedMethods = (res.headers.get('allow') ?? '').split(',').map((m) => m.trim().toUpperCase()).filter(Boolean).sort();
      expect(listedMethods, `${res.request}: the Allow header`).toEqual([...allow].sort());
    }
    expectApiError(await server.get('/uploads'), 404, 'not_found');
    expectApiError(await server.get(`/files/${meta.id}/content/extra`), 404, 'not_found');
    expect(await listed(server), 'GET /files after wrong methods').toEqual([meta]);
  });

  it('hostile input to POST, GET and DELETE /files is refused with a JSON 4xx, never a 5xx', async () => {
    const { server } = await start();
    const meta = await uploaded(server, 'photo.png', PNG);
    // POST /files reads multipart, not JSON: the battery sends its path, query and method probes.
    await expectHostileInputRefused(
      server,
      [
        { method: 'POST', path: '/files' },
        { method: 'GET', path: '/files' },
        { method: 'GET', path: '/files/:id' },
        { method: 'DELETE', path: '/files/:id' },
      ],
      { params: { id: meta.id } },
    );
  });
});

describe('Task 6: Download', () => {
  it('GET /files/:id/content streams the exact bytes with the stored type and size', async () => {
    const { server } = await start();
    const meta = await uploaded(server, 'photo.png', PNG);
    const res = await download(server, `/files/${meta.id}/content`);
    expect(res.status, `${res.request}: status`).toBe(200);
    expect(res.bytes.equals(PNG), `${res.request}: the body should be the PNG, byte for byte`).toBe(true);
    expect(res.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase(), `${res.request}: Content-Type`).toBe('image/png');
    expect(res.headers.get('content-length'), `${res.request}: Content-Length`).toBe(String(PNG.length));
    expect(res.headers.get('x-content-type-options')?.toLowerCase(), `${res.request}: X-Content-Type-Options`).toBe('nosniff');
  });

  it('text, PDF and JPEG files come back with their own types', async () => {
    const { server } = await start();
    for (const [name, bytes, type] of [['notes.txt', TEXT, 'text/plain'], ['doc.pdf', PDF, 'application/pdf'], ['cat.jpg', JPEG, 'image/jpeg']] as const) {
      const meta = await uploaded(server, name, bytes);
      const res = await download(server, `/files/${meta.id}/content`);
      expect(res.status, `${res.request} (${name}): status`).toBe(200);
      expect(res.bytes.equals(bytes), `${res.request} (${name}): the body, byte for byte`).toBe(true);
      expect(res.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase(), `${res.request} (${name}): Content-Type`).toBe(type);
      expect(res.headers.get('content-length'), `${res.request} (${name}): Content-Length`).toBe(String(bytes.length));
    }
  });

  it('a PNG uploaded as notes.txt is served as image/png, never as what its name says', async () => {
    const { server } = await start();
    const meta = await uploaded(server, 'notes.txt', PNG);
    const res = await download(server, `/files/${meta.id}/content`);
    expect(res.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase(), `${res.request}: Content-Type`).toBe('image/png');
    expect(res.headers.get('x-content-type-options')?.toLowerCase(), `${res.request}: X-Content-Type-Options`).toBe('nosniff');
  });

  it('Content-Disposition: attachment with filename and filename* for an ASCII name', async () => {
    const { server } = await start();
    const meta = await uploaded(server, 'notes.txt', TEXT);
    const res = await download(server, `/files/${meta.id}/content`);
    const header = res.headers.get('content-disposition');
    expect(disposition(header), `${res.request}: Content-Disposition ${header}`).toEqual({ type: 'attachment', filename: 'notes.txt', filenameStar: 'notes.txt' });
  });

  it('a Unicode name gets an ASCII fallback and the exact name in filename*', async () => {
    const { server } = await start();
    const name = 'naïve résumé 👋.txt';
    const meta = await uploaded(server, name, TEXT);
    const res = await download(server, `/files/${meta.id}/content`);
    const header = res.headers.get('content-disposition');
    const parts = disposition(header);
    expect(parts.type, `${res.request}: Content-Disposition ${header}`).toBe('attachment');
    expect(parts.filename, `${res.request}: the filename="..." fallback in ${header}`).toBe('na_ve r_sum_ _.txt');
    expect(parts.filenameStar, `${res.request}: filename*=UTF-8''... in ${header}`).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(parts.filenameStar ?? ''), `${res.request}: filename* decoded`).toBe(name);
  });

  it('quotes, semicolons and other special characters cannot break the header', async () => {
    const { server } = await start();
    const name = `a "quoted" (copy)'s*; x=1 100%.txt`;
    const meta = await uploaded(server, name, TEXT);
    expect(meta.name, 'the stored name').toBe(name);
    const res = await download(server, `/files/${meta.id}/content`);
    const header = res.headers.get('content-disposition');
    const parts = disposition(header);
    expect(parts.filename, `${res.request}: the filename="..." fallback in ${header}`).toBe(`a _quoted_ (copy)'s*; x=1 100%.txt`);
    expect(parts.filenameStar, `${res.request}: filename* may only hold RFC 8187 attr-chars and %XX, got ${header}`).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(parts.filenameStar ?? ''), `${res.request}: filename* decoded`).toBe(name);
  });

  it('HEAD /files/:id/content answers the headers without the bytes', async () => {
    const { server } = await start();
    const meta = await uploaded(server, 'doc.pdf', PDF);
    const res = await download(server, `/files/${meta.id}/content`, 'HEAD');
    expect(res.status, `${res.request}: status`).toBe(200);
    expect(res.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase(), `${res.request}: Content-Type`).toBe('application/pdf');
    expect(res.headers.get('content-length'), `${res.request}: Content-Length`).toBe(String(PDF.length));
    expect(res.bytes.length, `${res.request}: the body should be empty`).toBe(0);
  });

  it('a file downloaded twice and by another client is the same, and the metadata is not consumed', async () => {
    const { server } = await start();
    const meta = await uploaded(server, 'cat.jpg', JPEG);
    const once = await download(server, `/files/${meta.id}/content`);
    const twice = await download(server, `/files/${meta.id}/content`);
    expect(once.bytes.equals(JPEG) && twice.bytes.equals(JPEG), 'two downloads of the same JPEG').toBe(true);
    expect(sha256(twice.bytes), 'the sha256 of the downloaded bytes').toBe(meta.sha256);
    expect(await listed(server), 'GET /files after two downloads').toEqual([meta]);
  });

  it('hostile input to GET /files/:id/content is refused with a JSON 4xx, never a 5xx', async () => {
    const { server } = await start();
    const meta = await uploaded(server, 'notes.txt', TEXT);
    await expectHostileInputRefused(server, [{ method: 'GET', path: '/files/:id/content' }], { params: { id: meta.id } });
  });
});
