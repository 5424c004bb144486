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

  it('ids are plain digits without a leading zero: 01, 1.0, 1e0, +1, 1abc answer 404 for an image that exists as 1; two-digit ids work', async () => {
    const { api } = await start();
    const images = [];
    for (let i = 1; i <= 12; i++) images.push(await uploaded(api, png(20, i), `Pot ${i}`));
    const first = images[0]!;
    expect(first.id, 'the id of the first image on a fresh database').toBe(1);
    for (const id of ['01', '1.0', '1e0', '+1', '1abc', '%201']) {
      expectApiError(await api.get(`/api/images/${id}`), 404, 'not_found');
      expectApiError(await api.get(`/api/images/${id}/file`), 404, 'not_found');
      expectApiError(await api.delete(`/api/images/${id}`), 404, 'not_found');
    }
    const last = images[11]!;
    expect(expectImage(await api.get(`/api/images/${last.id}`)).title, `GET /api/images/${last.id}`).toBe('Pot 12');
    expectStatus(await api.delete(`/api/images/${last.id}`), 204);
    expect((await listImages(api)).length, 'GET /api/images after one delete').toBe(11);
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
    const message = (both.json as { error: { message: string } }).error.message;
    for (const field of ['file', 'title']) expect(message, `${both.request}: the message names the problem field ${field}`).toContain(field);
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

