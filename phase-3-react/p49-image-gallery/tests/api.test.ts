// p49's API checks: multipart uploads, types told by bytes, size limits, the files on disk.
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectStatus, type HttpResponse, type TestServer } from '#testkit';
import { DEFAULT_MAX_BYTES, START, bytes, download, expectImage, form, gif87, gif89, jpeg, listImages, png, postForm, start, storedFiles, upload, uploaded, webp } from './helpers.js';

async function postRaw(api: TestServer, body: string, contentType?: string): Promise<HttpResponse> {
  const res = await api.post('/api/images', { body, headers: contentType ? { 'content-type': contentType } : {} });
  return { ...res, request: `${res.request} (${contentType ? `Content-Type: ${contentType}` : 'no Content-Type'}, body ${JSON.stringify(body.slice(0, 60))})` };
}

function detailFields(res: HttpResponse): string[] {
  const details = (res.json as { error?: { details?: Array<{ field?: string }> } })?.error?.details ?? [];
  return details.map((d) => String(d.field)).sort();
}

describe('Task 1: Store uploaded images', () => {
  it('POST /api/images answers 201 with Location and the image (title trimmed, type, size, createdAt, url); GET /api/images/:id reads it', async () => {
    const { api, dbFile } = await start();
    const file = png(5120);
    const res = await upload(api, file, '  Blue pot ', 'pot.png', 'image/png');
    const image = expectImage(res, 201);
    expect(image, `${res.request}`).toEqual({ id: image.id, title: 'Blue pot', type: 'image/png', size: 5120, createdAt: START, url: `/api/images/${image.id}/file` });
    expect(res.headers.get('location'), `${res.request}: Location`).toBe(`/api/images/${image.id}`);
    expect(expectImage(await api.get(`/api/images/${image.id}`)), `GET /api/images/${image.id}`).toEqual(image);
    const marked = await uploaded(api, png(10, 3), '<b>Bold</b> & "jam"');
    expect(marked.title, 'a title is stored as sent (trimmed), markup and all').toBe('<b>Bold</b> & "jam"');
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('GET /api/images lists images newest first (createdAt descending, then id descending)', async () => {
    const { api, clock } = await start();
    const a = await uploaded(api, png(100, 1), 'First');
    clock.advance(60_000);
    const b = await uploaded(api, png(100, 2), 'Second');
    const c = await uploaded(api, png(100, 3), 'Third, same instant');
    clock.set(new Date('2026-08-31T08:00:00.000Z'));
    const d = await uploaded(api, png(100, 4), 'Dated earlier');
    expect((await listImages(api)).map((i) => i.title), 'GET /api/images: newest createdAt first, the higher id first at the same instant').toEqual([c, b, a, d].map((i) => i.title));
    expect(await listImages(api), 'GET /api/images: the images as POST answered them').toEqual([c, b, a, d]);
  });

  it('GET /api/images/:id/file answers the exact bytes with the stored Content-Type and nosniff; the bytes sit in images/ beside the database', async () => {
    const { api, dbFile } = await start();
    const file = jpeg(4000);
    const image = await uploaded(api, file, 'Mug');
    const res = await download(api, image.url);
    expect(res.status, `${res.request}: status`).toBe(200);
    expect(res.bytes.equals(file), `${res.request}: the body is the uploaded file, byte for byte`).toBe(true);
    expect(res.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase(), `${res.request}: Content-Type`).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')?.toLowerCase(), `${res.request}: X-Content-Type-Options`).toBe('nosniff');
    const files = storedFiles(dbFile);
    expect(files.length, 'files in the folder images/ beside the database after one upload').toBe(1);
    expect(files[0]!.bytes.equals(file), 'the stored file holds exactly the uploaded bytes').toBe(true);
    expect(files[0]!.name, 'the stored file is not named by the client').not.toBe('photo.png');
    for (const id of ['999', 'abc', '0', '-1', '1.5']) expectApiError(await api.get(`/api/images/${id}/file`), 404, 'not_found');
  });

  it('DELETE /api/images/:id answers 204 and removes the row and the file; unknown ids answer 404', async () => {
    const { api, dbFile } = await start();
    const keep = await uploaded(api, png(200, 1), 'Keep');
    const gone = await uploaded(api, png(300, 2), 'Gone');
    expect(storedFiles(dbFile).length, 'files in images/ after two uploads').toBe(2);
    expectStatus(await api.delete(`/api/images/${gone.id}`), 204);
    expect(await listImages(api), `GET /api/images after DELETE /api/images/${gone.id}`).toEqual([keep]);
    const left = storedFiles(dbFile);
    expect(left.length, `files in images/ after DELETE /api/images/${gone.id}: its file is removed`).toBe(1);
    expect(left[0]!.bytes.equals(png(200, 1)), 'the file left is the kept image\'s').toBe(true);
    for (const id of [String(gone.id), '999', 'abc', '0', '-1', '1.5']) {
      expectApiError(await api.get(`/api/images/${id}`), 404, 'not_found');
      expectApiError(await api.delete(`/api/images/${id}`), 404, 'not_found');
    }
    expectApiError(await api.get(`/api/images/${gone.id}/file`), 404, 'not_found');
  });

  it('a restart on the same database file keeps every image and its bytes', async () => {
    const first = await start();
    const a = await uploaded(first.api, gif89(500), 'Jug');
    const b = await uploaded(first.api, png(600), 'Bowl');
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await listImages(second.api), 'GET /api/images after a restart').toEqual([b, a]);
    expect((await download(second.api, a.url)).bytes.equals(gif89(500)), `GET ${a.url} after a restart`).toBe(true);
  });

  it('titles: missing, blank, over 100 characters or sent twice answer 400 validation_failed about title; 100 characters are fine', async () => {
    const { api, dbFile } = await start();
    const file = { bytes: png(100), name: 'a.png', type: 'image/png' };
    for (const fields of [[], [['title', '']], [['title', '   ']], [['title', 'x'.repeat(101)]], [['title', 'One'], ['title', 'Two']]] as Array<Array<[string, string]>>) {
      expectInvalid(await postForm(api, form([file], fields)), 'title');
    }
    expect(await listImages(api), 'GET /api/images after refused titles').toEqual([]);
    expect(storedFiles(dbFile), 'images/ after refused titles: nothing stored').toEqual([]);
    expect((await uploaded(api, png(100), ` ${'y'.repeat(100)} `)).title, 'a 100-character title (with spaces around)').toBe('y'.repeat(100));
    expect((await postForm(api, form([file], [['title', 'Extra fields'], ['colour', 'blue']]))).status, 'POST with an extra text field "colour" (ignored)').toBe(201);
  });

  it('the file: missing, sent as text, empty, in another field or twice answers 400 validation_failed about file; every field problem is listed at once', async () => {
    const { api, dbFile } = await start();
    const title: Array<[string, string]> = [['title', 'Pot']];
    expectInvalid(await postForm(api, form([], title)), 'file');
    expectInvalid(await postForm(api, form([], [['title', 'Pot'], ['file', 'not a file']])), 'file');
    expectInvalid(await postForm(api, form([{ bytes: Buffer.alloc(0), name: 'empty.png' }], title)), 'file');
    expectInvalid(await postForm(api, form([{ field: 'photo', bytes: png(100) }], title)), 'file');
    expectInvalid(await postForm(api, form([{ bytes: png(100, 1) }, { bytes: png(100, 2) }], title)), 'file');
    const both = await postForm(api, form([], []));
    expectInvalid(both, 'file', 'title');
    expect(detailFields(both), `${both.request}: details name both fields`).toEqual(['file', 'title']);
    expect(await listImages(api), 'GET /api/images after refused files').toEqual([]);
    expect(storedFiles(dbFile), 'images/ after refused files').toEqual([]);
  });

  it('a body that is not multipart answers 415 unsupported_media_type; broken multipart answers 400 validation_failed about body, never 500', async () => {
    const { api, dbFile } = await start();
    expectApiError(await api.post('/api/images', { json: { title: 'Pot', file: 'iVBORw0KGgo=' } }), 415, 'unsupported_media_type');
    expectApiError(await postRaw(api, 'title=Pot', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type');
    expectApiError(await postRaw(api, 'hello'), 415, 'unsupported_media_type');
    expectInvalid(await postRaw(api, 'hello', 'multipart/form-data'), 'body');
    const truncated = '--XYZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nPot\r\n--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n1234';
    expectInvalid(await postRaw(api, truncated, 'multipart/form-data; boundary=XYZ'), 'body');
    const brokenHeader = '--XYZ\r\nContent-Disposition form-data name=title\r\n\r\nPot\r\n--XYZ--\r\n';
    const res = await postRaw(api, brokenHeader, 'multipart/form-data; boundary=XYZ');
    expect(res.status, `${res.request}: a broken part header is the client's fault`).toBe(400);
    expect(await listImages(api), 'GET /api/images after broken bodies').toEqual([]);
    expect(storedFiles(dbFile), 'images/ after broken bodies').toEqual([]);
  });

  it('wrong methods answer 405 with Allow, unknown API paths 404 JSON, and hostile input never gets a 5xx', async () => {
    const { api } = await start();
    const image = await uploaded(api, png(100), 'Probe');
    expectAllow(await api.put('/api/images', { json: {} }), ['GET', 'POST']);
    expectAllow(await api.patch(`/api/images/${image.id}`, { json: { title: 'x' } }), ['GET', 'DELETE']);
    expectAllow(await api.delete(`/api/images/${image.id}/file`), ['GET']);
    expectApiError(await api.get('/api/nothing'), 404, 'not_found');
    await expectHostileInputRefused(
      api,
      [
        { method: 'GET', path: '/api/images' },
        { method: 'POST', path: '/api/images' },
        { method: 'GET', path: '/api/images/:id' },
        { method: 'GET', path: '/api/images/:id/file' },
        { method: 'DELETE', path: '/api/images/:id' },
      ],
      { params: { id: String(image.id) } },
    );
  });
});

describe('Task 2: Refuse wrong types and huge files', () => {
  it('PNG, JPEG, GIF (87a and 89a) and WebP are told by their bytes, whatever their names and claimed types', async () => {
    const { api } = await start();
    const cases: Array<[string, Buffer, string]> = [
      ['image/png', png(120), 'notes.txt'],
      ['image/jpeg', jpeg(120), 'photo.png'],
      ['image/gif', gif87(120), 'a.jpg'],
      ['image/gif', gif89(120), 'noname'],
      ['image/webp', webp(120), 'b.gif'],
    ];
    for (const [type, file, name] of cases) {
      const res = await upload(api, file, `A ${type}`, name, 'text/plain');
      expect(expectImage(res, 201).type, `${res.request}: the type told by the bytes`).toBe(type);
    }
    expect((await listImages(api)).map((i) => i.type), 'GET /api/images').toEqual(cases.map(([type]) => type).reverse());
  });

  it('text named photo.png, HTML, a PDF and files shorter than their signature answer 415 unsupported_type naming the accepted types; nothing is stored', async () => {
    const { api, dbFile } = await start();
    const refused: Array<[string, Buffer]> = [
      ['text named photo.png', Buffer.from('hello, I am not a picture\n')],
      ['an HTML page', Buffer.from('<html><script>alert(1)</script></html>')],
      ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n')],
      ['the first 3 bytes of a PNG', Buffer.from([0x89, 0x50, 0x4e])],
      ['a PNG signature with one byte wrong', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0b], 100)],
      ['the first 2 bytes of a JPEG', Buffer.from([0xff, 0xd8])],
      ['GIF88a', bytes('GIF88a', 100)],
      ['RIFF....WAVE (a sound, not WebP)', bytes('RIFF\x24\x01\x00\x00WAVEfmt ', 100)],
      ['RIFF without WEBP at byte 8', bytes('RIFFWEBP\x00\x00\x00\x00', 100)],
    ];
    for (const [what, file] of refused) {
      const res = await upload(api, file, 'Sneaky', 'photo.png', 'image/png');
      expectApiError(res, 415, 'unsupported_type');
      const message = ((res.json as { error: { message: string } }).error.message ?? '').toLowerCase();
      for (const name of ['png', 'jpeg', 'gif', 'webp']) expect(message, `${res.request} (${what}): the message names the accepted type ${name}`).toContain(name);
    }
    expect(await listImages(api), 'GET /api/images after refused types').toEqual([]);
    expect(storedFiles(dbFile), 'images/ after refused types: nothing stored').toEqual([]);
  });

  it('with maxBytes 1000: a file of exactly 1000 bytes is stored, 1001 bytes answer 413 file_too_large naming the limit, and nothing is left', async () => {
    const { api, dbFile } = await start({ maxBytes: 1000 });
    const res = await upload(api, png(1001), 'Too big');
    expectApiError(res, 413, 'file_too_large');
    expect((res.json as { error: { message: string } }).error.message, `${res.request}: the message contains the limit in bytes`).toContain('1000');
    expect(storedFiles(dbFile), 'images/ after a 413').toEqual([]);
    expect(await listImages(api), 'GET /api/images after a 413').toEqual([]);
    expect(expectImage(await upload(api, png(1000), 'Just fits'), 201).size, 'a file of exactly maxBytes').toBe(1000);
    expect(storedFiles(dbFile).length, 'images/ after the upload that fits').toBe(1);
  });

  it('by default 2 MiB (2097152 bytes) is stored and one byte more, or 6 MB, is a 413 answered without hanging; the server keeps answering', async () => {
    const { api, dbFile } = await start();
    expect(expectImage(await upload(api, png(DEFAULT_MAX_BYTES), 'Exactly 2 MiB'), 201).size, 'a file of exactly 2097152 bytes').toBe(DEFAULT_MAX_BYTES);
    for (const size of [DEFAULT_MAX_BYTES + 1, 6 * 1024 * 1024]) {
      const res = await upload(api, png(size), 'Huge');
      expectApiError(res, 413, 'file_too_large');
      expect((res.json as { error: { message: string } }).error.message, `${res.request}: the message contains the limit in bytes`).toContain(String(DEFAULT_MAX_BYTES));
    }
    expect(storedFiles(dbFile).length, 'images/ after two 413s: only the image that fit').toBe(1);
    expect((await listImages(api)).map((i) => i.title), 'GET /api/images after the 413s').toEqual(['Exactly 2 MiB']);
  });

  it('size comes before title and type: an oversized text file without a title is a 413', async () => {
    const { api } = await start({ maxBytes: 1000 });
    expectApiError(await postForm(api, form([{ bytes: Buffer.from('x'.repeat(5000)), name: 'big.txt', type: 'text/plain' }], [])), 413, 'file_too_large');
    expectApiError(await upload(api, Buffer.from('x'.repeat(5000)), 'Big text'), 413, 'file_too_large');
    // The type comes after the fields: text with no title is a 400 about the title, not a 415.
    expectInvalid(await postForm(api, form([{ bytes: Buffer.from('small text'), name: 'a.png' }], [])), 'title');
  });
});
