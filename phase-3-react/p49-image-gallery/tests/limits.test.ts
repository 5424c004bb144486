// p49's API checks of Task 2: types told by bytes, size limits.
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
