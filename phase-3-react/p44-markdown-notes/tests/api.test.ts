// p44's API checks: notes with versions, stale saves refused with 409, and the sanitised preview.
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectJson, expectMigrationsApplied, expectStatus, type HttpResponse, type TestServer } from '#testkit';
import { START, addNote, expectNote, getNote, listNotes, parseHtml, start, unsafeParts, type NoteJson } from './helpers.js';

function put(api: TestServer, id: number | string, json: unknown): Promise<HttpResponse> {
  return api.put(`/api/notes/${id}`, { json });
}

describe('Task 1: Notes with versions', () => {
  it('POST /api/notes answers 201 with Location and the note at version 1, stored exactly as sent; GET /api/notes/:id answers it', async () => {
    const { api, dbFile } = await start();
    const res = await api.post('/api/notes', { json: { title: '  Shopping ', body: '# List\n\n- milk <script>alert(1)</script>\n' } });
    const note = expectNote(res, 201);
    expect(note, res.request).toEqual({ id: note.id, title: '  Shopping ', body: '# List\n\n- milk <script>alert(1)</script>\n', version: 1, createdAt: START, updatedAt: START });
    expect(res.headers.get('location'), `${res.request}: Location`).toBe(`/api/notes/${note.id}`);
    expect(await getNote(api, note.id), `GET /api/notes/${note.id}`).toEqual(note);
    const empty = expectNote(await api.post('/api/notes', { json: {} }), 201);
    expect([empty.title, empty.body, empty.version], 'POST /api/notes {}: title and body default to ""').toEqual(['', '', 1]);
    const titleOnly = expectNote(await api.post('/api/notes', { json: { title: 'Only a title' } }), 201);
    expect([titleOnly.title, titleOnly.body], 'POST /api/notes { title }: body defaults to ""').toEqual(['Only a title', '']);
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('GET /api/notes lists the most recently saved note first; notes saved in the same millisecond: the higher id first', async () => {
    const { api, clock } = await start();
    const a = await addNote(api, 'A');
    clock.advance(1_000);
    const b = await addNote(api, 'B');
    const c = await addNote(api, 'C');
    expect((await listNotes(api)).map((n) => n.title), 'GET /api/notes: C and B (same time, C has the higher id), then A').toEqual(['C', 'B', 'A']);
    clock.advance(1_000);
    expectNote(await put(api, a.id, { title: 'A', body: 'edited', version: 1 }));
    const listed = await listNotes(api);
    expect(listed.map((n) => n.title), 'GET /api/notes after saving A: A first').toEqual(['A', 'C', 'B']);
    expect(listed[1], 'GET /api/notes: each item is the whole note').toEqual(c);
    expect(listed[2], 'GET /api/notes: each item is the whole note').toEqual(b);
  });

  it('PUT /api/notes/:id with { title, body, version } replaces the text and adds one to the version; updatedAt from the clock', async () => {
    const { api, clock } = await start();
    const note = await addNote(api, 'Draft', 'first words');
    clock.advance(90_000);
    const res = await put(api, note.id, { title: 'Plan ', body: '  *second* words', version: 1 });
    const saved = expectNote(res);
    expect(saved, res.request).toEqual({ ...note, title: 'Plan ', body: '  *second* words', version: 2, updatedAt: '2026-10-05T09:01:30.000Z' });
    clock.advance(1_000);
    const again = expectNote(await put(api, note.id, { title: 'Plan ', body: '  *second* words', version: 2 }));
    expect([again.version, again.updatedAt], 'PUT with version 2 and the same text: still a save, version 3').toEqual([3, '2026-10-05T09:01:31.000Z']);
    expect(await getNote(api, note.id), `GET /api/notes/${note.id} after two saves`).toEqual(again);
  });

  it('refuses bad titles, bodies and unknown fields on POST with 400 validation_failed naming the field; 200 and 20,000 characters are fine', async () => {
    const { api } = await start();
    for (const [body, field] of [
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ title: 42 }, 'title'],
      [{ title: null }, 'title'],
      [{ body: 'y'.repeat(20_001) }, 'body'],
      [{ body: ['a'] }, 'body'],
      [{ title: 'ok', version: 1 }, 'version'],
      [{ title: 'ok', pinned: true }, 'pinned'],
    ] as const) expectInvalid(await api.post('/api/notes', { json: body }), field);
    expectInvalid(await api.post('/api/notes', { json: ['a note'] }), 'request');
    expectApiError(await api.post('/api/notes', { body: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/api/notes', { body: '{"title": ', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    const big = await addNote(api, 't'.repeat(200), '🙂'.repeat(5_000) + 'b'.repeat(10_000));
    expect([big.title.length, big.body.length], 'a 200-character title and a 20,000-character body (5,000 emoji count two each)').toEqual([200, 20_000]);
    expect((await listNotes(api)).length, 'GET /api/notes after the refused creates').toBe(1);
  });

  it('PUT needs title, body and a whole version of at least 1, and nothing else: 400 validation_failed naming the field', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Keep', 'me');
    for (const [body, field] of [
      [{ title: 'a', body: 'b' }, 'version'],
      [{ title: 'a', body: 'b', version: 0 }, 'version'],
      [{ title: 'a', body: 'b', version: -1 }, 'version'],
      [{ title: 'a', body: 'b', version: 1.5 }, 'version'],
      [{ title: 'a', body: 'b', version: '1' }, 'version'],
      [{ body: 'b', version: 1 }, 'title'],
      [{ title: 'a', version: 1 }, 'body'],
      [{ title: 'a', body: 'b'.repeat(20_001), version: 1 }, 'body'],
      [{ title: 'a', body: 'b', version: 1, id: 7 }, 'id'],
    ] as const) expectInvalid(await put(api, note.id, body), field);
    expectInvalid(await put(api, note.id, [{ title: 'a', body: 'b', version: 1 }]), 'request');
    expectInvalid(await put(api, 999, { title: 'a', body: 'b' }), 'version');
    expect(await getNote(api, note.id), 'the note after the refused saves').toEqual(note);
  });

  it('unknown notes and ids that are not positive whole numbers answer 404; DELETE answers 204 and the note is gone', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Doomed');
    const keep = await addNote(api, 'Kept');
    expectStatus(await api.delete(`/api/notes/${note.id}`), 204);
    expect((await listNotes(api)).map((n) => n.title), 'GET /api/notes after the delete').toEqual(['Kept']);
    for (const id of [String(note.id), '999', 'abc', '0', '-1', '1.5', '1e2', `0${keep.id}`, `${keep.id}.0`, `${keep.id}x`, `+${keep.id}`]) {
      expectApiError(await api.get(`/api/notes/${id}`), 404, 'not_found');
      expectApiError(await put(api, id, { title: 'a', body: 'b', version: 1 }), 404, 'not_found');
      expectApiError(await api.delete(`/api/notes/${id}`), 404, 'not_found');
    }
    expect(await getNote(api, keep.id), 'the other note').toEqual(keep);
  });

  it('a restart on the same file keeps every note and its version', async () => {
    const first = await start();
    const a = await addNote(first.api, 'Alpha', 'a');
    const saved = expectNote(await put(first.api, a.id, { title: 'Alpha', body: 'a2', version: 1 }));
    const b = await addNote(first.api, 'Beta', 'b');
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await listNotes(second.api), 'GET /api/notes after a restart').toEqual([b, saved]);
    expectNote(await put(second.api, a.id, { title: 'Alpha', body: 'a3', version: 2 }));
  });
});

describe('Task 2: Refuse stale versions', () => {
  /** Asserts a 409 version_conflict whose details.current is exactly `current`. */
  function expectConflict(res: HttpResponse, current: NoteJson): void {
    expectApiError(res, 409, 'version_conflict');
    const details = (res.json as { error: { details?: { current?: unknown } } }).error.details;
    expect(Object.keys(details ?? {}), `${res.request}: error.details is { current }`).toEqual(['current']);
    expect(details?.current, `${res.request}: error.details.current is the note as the server has it now`).toEqual(current);
  }

  it('a PUT based on an old version answers 409 version_conflict with the current note in details, and changes nothing', async () => {
    const { api, clock } = await start();
    const note = await addNote(api, 'Recipe', 'flour');
    clock.advance(5_000);
    const mine = expectNote(await put(api, note.id, { title: 'Recipe', body: 'flour, eggs', version: 1 }));
    clock.advance(5_000);
    expectConflict(await put(api, note.id, { title: 'Recipe!', body: 'flour, sugar', version: 1 }), mine);
    expect(await getNote(api, note.id), 'the note after the refused save: as the first save left it').toEqual(mine);
    expect((await listNotes(api))[0]?.updatedAt, 'updatedAt after the refused save').toBe(mine.updatedAt);
  });

  it('two tabs save from version 1: the first wins, the second gets 409 and wins with the version from details ("keep mine")', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Trip', 'day 1');
    const tabA = expectNote(await put(api, note.id, { title: 'Trip', body: 'day 1, museum', version: 1 }));
    const refused = await put(api, note.id, { title: 'Trip', body: 'day 1, beach', version: 1 });
    expectConflict(refused, tabA);
    const current = (refused.json as { error: { details: { current: NoteJson } } }).error.details.current;
    const tabB = expectNote(await put(api, note.id, { title: 'Trip', body: 'day 1, beach', version: current.version }));
    expect([tabB.body, tabB.version], 'tab B saves again with the version of details.current').toEqual(['day 1, beach', 3]);
    expectConflict(await put(api, note.id, { title: 'Trip', body: 'day 1, museum again', version: 2 }), tabB);
  });

  it('a version ahead of the note is a conflict too; a missing note is 404 and bad fields 400 before any conflict', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Ahead');
    expectConflict(await put(api, note.id, { title: 'x', body: 'y', version: 5 }), note);
    expectConflict(await put(api, note.id, { title: 'x', body: 'y', version: 2 }), note);
    expectInvalid(await put(api, note.id, { title: 'x'.repeat(201), body: 'y', version: 7 }), 'title');
    expectApiError(await put(api, 999, { title: 'x', body: 'y', version: 7 }), 404, 'not_found');
    expectStatus(await api.delete(`/api/notes/${note.id}`), 204);
    expectApiError(await put(api, note.id, { title: 'x', body: 'y', version: 1 }), 404, 'not_found');
  });
});

describe('Task 3: Render a safe preview', () => {
  async function preview(api: TestServer, body: string): Promise<{ html: string; res: HttpResponse }> {
    const res = await api.post('/api/preview', { json: { body } });
    expectStatus(res, 200);
    expectJson(res);
    expect(Object.keys((res.json as object) ?? {}), `${res.request}: the answer is { html }`).toEqual(['html']);
    const html = (res.json as { html: unknown }).html;
    expect(typeof html, `${res.request}: html is a string`).toBe('string');
    return { html: html as string, res };
  }

  function expectSafe(html: string, request: string): DocumentFragment {
    const dom = parseHtml(html);
    expect(unsafeParts(dom), `${request}: what the allow-list of Task 3 does not allow, found in ${JSON.stringify(html.slice(0, 300))}`).toEqual([]);
    return dom;
  }

  it('POST /api/preview renders Markdown: headings, emphasis, lists, links, code and tables', async () => {
    const { api } = await start();
    const md = '# Groceries\n\nBuy *fresh* **bread** and ~~cake~~.\n\n- milk\n- eggs\n\n1. first\n2. second\n\nSee [the shop](https://shop.example/list "Shop") and `npm test`.\n\n```js\nlet a = 1 < 2;\n```\n\n> quoted\n\n| item | qty |\n| :-- | --: |\n| tea | 2 |\n\n![logo](https://shop.example/logo.png "Logo")\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n\nline one  \nline two\n\n---\n\n3. third\n4. fourth';
    const { html, res } = await preview(api, md);
    const dom = expectSafe(html, res.request);
    expect(dom.querySelector('h1')?.textContent, `${res.request}: the <h1>`).toBe('Groceries');
    expect([dom.querySelector('p em')?.textContent, dom.querySelector('p strong')?.textContent, dom.querySelector('p del')?.textContent], `${res.request}: <em>, <strong>, <del>`).toEqual(['fresh', 'bread', 'cake']);
    expect(Array.from(dom.querySelectorAll('ul > li')).map((li) => li.textContent), `${res.request}: the <ul> items`).toEqual(['milk', 'eggs']);
    expect(dom.querySelectorAll('ol')[0]?.querySelectorAll('li').length, `${res.request}: the first <ol>'s items`).toBe(2);
    const link = dom.querySelector('a');
    expect([link?.getAttribute('href'), link?.getAttribute('title'), link?.textContent], `${res.request}: the link`).toEqual(['https://shop.example/list', 'Shop', 'the shop']);
    expect(dom.querySelector('p code')?.textContent, `${res.request}: the code span`).toBe('npm test');
    expect([dom.querySelector('pre > code')?.textContent?.trim(), dom.querySelector('pre > code')?.getAttribute('class')], `${res.request}: the code block, its text escaped and its language class kept`).toEqual(['let a = 1 < 2;', 'language-js']);
    expect(dom.querySelector('blockquote')?.textContent?.trim(), `${res.request}: the quote`).toBe('quoted');
    expect(Array.from(dom.querySelectorAll('td')).map((td) => [td.textContent, td.getAttribute('align')]), `${res.request}: the table cells and their align`).toEqual([
      ['tea', 'left'],
      ['2', 'right'],
    ]);
    expect(Array.from(dom.querySelectorAll('thead th')).map((th) => [th.textContent, th.getAttribute('align')]), `${res.request}: the table's header cells and their align`).toEqual([
      ['item', 'left'],
      ['qty', 'right'],
    ]);
    expect(dom.querySelectorAll('table > tbody > tr > td').length, `${res.request}: <table><tbody><tr><td>`).toBe(2);
    expect([dom.querySelector('img')?.getAttribute('src'), dom.querySelector('img')?.getAttribute('title')], `${res.request}: the image and its title`).toEqual(['https://shop.example/logo.png', 'Logo']);
    expect(['h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => dom.querySelector(tag)?.textContent), `${res.request}: the headings ## to ######`).toEqual(['Two', 'Three', 'Four', 'Five', 'Six']);
    expect([dom.querySelectorAll('p br').length, dom.querySelectorAll('hr').length], `${res.request}: a line break (two spaces at the end of a line) and a rule (---)`).toEqual([1, 1]);
    expect(dom.querySelectorAll('ol')[1]?.getAttribute('start'), `${res.request}: a numbered list that starts at 3`).toBe('3');
  });

  it('raw HTML outside the allow-list is removed: script, style, iframe, svg, form, event attributes and style attributes', async () => {
    const { api } = await start();
    const md = 'Hi <script>alert(1)</script> there\n\n<img src="https://x.example/a.png" onerror="alert(2)" alt="pic">\n\n<p onclick="alert(3)" style="color:red" class="evil" id="x">para</p>\n\n<iframe src="https://evil.example"></iframe>\n\n<svg onload=alert(4)><circle r=1 /></svg>\n\n<form action="https://evil.example"><input name=q><button>go</button></form>\n\n<style>body{display:none}</style>\n\n<details open ontoggle=alert(5)>more</details>\n\n<math><mtext><script>alert(6)</script></mtext></math>\n\n<ScRiPt>alert(7)</ScRiPt> tail\n\n<object data="x.swf"></object><embed src="x.swf"><link rel=stylesheet href=x.css><meta http-equiv=refresh content="0;url=https://evil.example">\n\n<textarea>secret-one</textarea> <noscript>secret-two</noscript> <select><option>secret-three</option></select>';
    const { html, res } = await preview(api, md);
    const dom = expectSafe(html, res.request);
    const text = (dom.textContent ?? '').replace(/\s+/g, ' ');
    expect(text, `${res.request}: the text around the removed tags stays`).toContain('Hi there');
    expect(text, `${res.request}: a script's code is removed with its tag`).not.toMatch(/alert/);
    expect(text, `${res.request}: the content of textarea, noscript and option is removed with its tag`).not.toMatch(/secret/);
    expect(dom.querySelector('img')?.getAttribute('alt'), `${res.request}: the <img> keeps src and alt, without onerror`).toBe('pic');
    expect(dom.querySelector('p')?.textContent, `${res.request}: the first paragraph`).toContain('Hi');
  });

  it('URLs keep only the schemes http, https and mailto (images: http and https); others lose the attribute, the text stays', async () => {
    const { api } = await start();
    const links: Array<[string, string]> = [
      ['javascript:alert(1)', 'plain'],
      ['JAVASCRIPT:alert(1)', 'upper'],
      ['java&#115;cript:alert(1)', 'entity'],
      ['jav&#x09;ascript:alert(1)', 'tab'],
      ['  javascript:alert(1)', 'spaces'],
      ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data'],
      ['vbscript:msgbox(1)', 'vb'],
    ];
    const md = `${links.map(([href, word]) => `<a href="${href}">${word}</a>`).join(' ')}\n\n[md](javascript:alert(2)) [mail](mailto:ada@example.com) [rel](/notes/2) [frag](#top) [web](http://example.com/)\n\n<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="dataimg"> <img src="mailto:x@example.com" alt="mailimg"> ![ok](https://example.com/ok.png)`;
    const { html, res } = await preview(api, md);
    const dom = expectSafe(html, res.request);
    const anchors = Array.from(dom.querySelectorAll('a'));
    for (const [, word] of [...links, ['', 'md'] as [string, string]]) {
      const a = anchors.find((el) => el.textContent === word);
      expect(a?.getAttribute('href') ?? null, `${res.request}: the link "${word}" keeps its text and loses its href`).toBeNull();
      expect(dom.textContent, `${res.request}: the text of the link "${word}"`).toContain(word);
    }
    const hrefOf = (word: string) => anchors.find((el) => el.textContent === word)?.getAttribute('href');
    expect(['mail', 'rel', 'frag', 'web'].map(hrefOf), `${res.request}: mailto, relative and http links stay`).toEqual(['mailto:ada@example.com', '/notes/2', '#top', 'http://example.com/']);
    const imgs = Array.from(dom.querySelectorAll('img')).map((img) => [img.getAttribute('alt'), img.getAttribute('src')]);
    expect(imgs, `${res.request}: images with data: and mailto: lose their src`).toEqual([
      ['dataimg', null],
      ['mailimg', null],
      ['ok', 'https://example.com/ok.png'],
    ]);
  });

  it('refuses a missing, wrongly typed or too long body and unknown fields with 400; a body nested too deeply to render is a 400 too', async () => {
    const { api } = await start();
    for (const [json, field] of [
      [{}, 'body'],
      [{ body: 42 }, 'body'],
      [{ body: null }, 'body'],
      [{ body: 'x'.repeat(20_001) }, 'body'],
      [{ body: 'x', title: 'y' }, 'title'],
    ] as const) expectInvalid(await api.post('/api/preview', { json }), field);
    expectInvalid(await api.post('/api/preview', { json: ['# just text'] }), 'request');
    expectApiError(await api.post('/api/preview', { body: '# hi', headers: { 'content-type': 'text/markdown' } }), 415, 'unsupported_media_type');
    expectInvalid(await api.post('/api/preview', { json: { body: `${'>'.repeat(10_000)} deep` } }), 'body');
    const { html } = await preview(api, `${'- '.repeat(10)}x\n\n${'a'.repeat(19_970)}`);
    expect(html.length, 'POST /api/preview with a 20,000-character body: rendered').toBeGreaterThan(19_970);
    expect(await listNotes(api), 'GET /api/notes: a preview stores nothing').toEqual([]);
  });

  it('wrong methods answer 405 with Allow, unknown /api paths 404 JSON, and hostile input never gets a 5xx', async () => {
    const { api } = await start();
    const note = await addNote(api, 'Probe me', 'body');
    expectAllow(await api.delete('/api/notes'), ['GET', 'POST']);
    expectAllow(await api.post(`/api/notes/${note.id}`, { json: {} }), ['GET', 'PUT', 'DELETE']);
    expectAllow(await api.patch(`/api/notes/${note.id}`, { json: { title: 'x' } }), ['GET', 'PUT', 'DELETE']);
    expectAllow(await api.get('/api/preview'), ['POST']);
    expectApiError(await api.get('/api/nothing'), 404, 'not_found');
    expectApiError(await api.get(`/api/notes/${note.id}/html`), 404, 'not_found');
    await expectHostileInputRefused(
      api,
      [
        { method: 'GET', path: '/api/notes' },
        { method: 'POST', path: '/api/notes', body: { title: 'Probe', body: 'text' } },
        { method: 'GET', path: '/api/notes/:id' },
        { method: 'PUT', path: '/api/notes/:id', body: { title: 'Probe', body: 'text', version: 1 } },
        { method: 'DELETE', path: '/api/notes/:id' },
        { method: 'POST', path: '/api/preview', body: { body: '# Probe' } },
      ],
      { params: { id: String(note.id) } },
    );
  });
});
