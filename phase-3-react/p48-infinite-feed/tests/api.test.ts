// p48's API checks: posts written with the injected clock, and the feed read a page at a time
// with a keyset cursor, over HTTP.
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied } from '#testkit';
import { START, addPost, addPosts, allPages, expectPost, feedPath, getFeed, makeCursor, newestFirst, readCursor, start, texts, type PostJson } from './helpers.js';

const ms = (iso: string) => Date.parse(iso);

describe('Task 1: Write posts and read the newest page', () => {
  it('POST /api/posts answers 201 with the post (trimmed, createdAt from the clock); GET /api/feed lists posts newest first', async () => {
    const { api, clock, dbFile } = await start();
    const empty = await getFeed(api);
    expect([empty.items, empty.nextCursor], `${empty.request} on a fresh database`).toEqual([[], null]);
    const res = await api.post('/api/posts', { json: { author: '  Ann ', text: '  Hello,   feed! ' } });
    const hello = expectPost(res);
    expect(hello, res.request).toEqual({ id: hello.id, author: 'Ann', text: 'Hello,   feed!', createdAt: START });
    clock.advance(60_000);
    const markup = await addPost(api, '<b>Bold</b> & "quoted"', 'Ben');
    expect(markup, 'a post with markup is stored as sent').toEqual({ id: markup.id, author: 'Ben', text: '<b>Bold</b> & "quoted"', createdAt: '2026-09-01T08:01:00.000Z' });
    const feed = await getFeed(api);
    expect(feed.items, `${feed.request}: newest first`).toEqual([markup, hello]);
    expect(feed.nextCursor, `${feed.request}: every post fits in one page, so nextCursor is null`).toBeNull();
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('posts are ordered by createdAt (newest first), and posts of the same instant by id, highest first', async () => {
    const { api, clock } = await start();
    const a = await addPost(api, 'A at 08:00');
    const b = await addPost(api, 'B at 08:00');
    clock.advance(3_600_000);
    const c = await addPost(api, 'C at 09:00');
    // The clock may go back (it is injected): order follows createdAt, not the insertion order.
    clock.set(new Date('2026-09-01T07:00:00.000Z'));
    const d = await addPost(api, 'D at 07:00');
    const e = await addPost(api, 'E at 07:00');
    clock.set(new Date(START));
    const f = await addPost(api, 'F at 08:00');
    const feed = await getFeed(api);
    expect(texts(feed.items), `${feed.request}: createdAt descending, then id descending`).toEqual(texts([c, f, b, a, e, d]));
  });

  it('refuses missing, blank, too long and wrongly typed fields and unknown fields with 400 validation_failed', async () => {
    const { api } = await start();
    const text = 'A fine post';
    for (const author of [undefined, '', '   ', 'x'.repeat(41), 42, null, ['Ann']]) expectInvalid(await api.post('/api/posts', { json: { author, text } }), 'author');
    for (const bad of [undefined, '', ' \n ', 'y'.repeat(281), true, { text }]) expectInvalid(await api.post('/api/posts', { json: { author: 'Ann', text: bad } }), 'text');
    const both = await api.post('/api/posts', { json: {} });
    expectInvalid(both, 'author', 'text');
    const message = (both.json as { error: { message: string } }).error.message;
    expect([message.includes('author'), message.includes('text')], `${both.request}: error.message names both problem fields, got "${message}"`).toEqual([true, true]);
    expectInvalid(await api.post('/api/posts', { json: { author: 'Ann', text, createdAt: START } }), 'createdAt');
    expectInvalid(await api.post('/api/posts', { json: { author: 'Ann', text, id: 7 } }), 'id');
    expectInvalid(await api.post('/api/posts', { json: [{ author: 'Ann', text }] }), 'body');
    expectApiError(await api.post('/api/posts', { body: 'author=Ann&text=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/api/posts', { body: '{"author": "Ann",', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    const longest = await addPost(api, 'y'.repeat(280), 'x'.repeat(40));
    expect([longest.author.length, longest.text.length], 'a 40-character author and a 280-character text are allowed').toEqual([40, 280]);
    expect((await getFeed(api)).items.length, 'GET /api/feed after the refused posts: only the one allowed').toBe(1);
  });

  it('limit is 20 when absent and may be 1 to 50; anything else, an unknown or a repeated parameter is 400 validation_failed naming it', async () => {
    const { api, clock } = await start();
    const made = newestFirst(await addPosts(api, clock, 25));
    expect(texts((await getFeed(api)).items), 'GET /api/feed without limit: the newest 20').toEqual(texts(made.slice(0, 20)));
    expect(texts((await getFeed(api, { limit: 1 })).items), 'GET /api/feed?limit=1').toEqual(texts(made.slice(0, 1)));
    expect(texts((await getFeed(api, { limit: 7 })).items), 'GET /api/feed?limit=7').toEqual(texts(made.slice(0, 7)));
    expect(texts((await getFeed(api, { limit: 50 })).items), 'GET /api/feed?limit=50: all 25').toEqual(texts(made));
    for (const limit of ['0', '51', '-1', '2.5', 'abc', '', '1e1', '0x10', '99999999999999999999']) expectInvalid(await api.get(feedPath({ limit })), 'limit');
    expectInvalid(await api.get('/api/feed?limit=1&limit=2'), 'limit');
    expectInvalid(await api.get('/api/feed?offset=10'), 'offset');
    expectInvalid(await api.get('/api/feed?limit=5&page=2'), 'page');
  });

  it('a restart keeps every post; wrong methods answer 405 with Allow, unknown API paths 404', async () => {
    const first = await start();
    const a = await addPost(first.api, 'Before the restart');
    first.clock.advance(1000);
    const b = await addPost(first.api, 'Also before');
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect((await getFeed(second.api)).items, 'GET /api/feed after a restart on the same file').toEqual([b, a]);
    const { api } = second;
    expectAllow(await api.get('/api/posts'), ['POST']);
    expectAllow(await api.put('/api/posts', { json: {} }), ['POST']);
    expectAllow(await api.post('/api/feed', { json: {} }), ['GET']);
    expectAllow(await api.delete('/api/feed'), ['GET']);
    expectApiError(await api.get('/api/posts/1'), 404, 'not_found');
    expectApiError(await api.get('/api/nothing'), 404, 'not_found');
  });
});

describe('Task 2: Page with a keyset cursor', () => {
  it('nextCursor is base64url JSON of the last post\'s createdAt (ms) and id, and leads to the next page; the last page has nextCursor null', async () => {
    const { api, clock } = await start();
    const made = newestFirst(await addPosts(api, clock, 7));
    const first = await getFeed(api, { limit: 3 });
    expect(texts(first.items), `${first.request}`).toEqual(texts(made.slice(0, 3)));
    expect(first.nextCursor, `${first.request}: more posts follow, so nextCursor is a string`).toEqual(expect.any(String));
    const cursor = first.nextCursor as string;
    expect(cursor, `${first.request}: nextCursor is base64url without padding`).toMatch(/^[A-Za-z0-9_-]+$/);
    const last = made[2]!;
    expect(readCursor(cursor), `${first.request}: nextCursor decodes to the position of the page's last post`).toEqual({ createdAt: ms(last.createdAt), id: last.id });
    const second = await getFeed(api, { limit: 3, cursor });
    expect(texts(second.items), `${second.request}: the next three`).toEqual(texts(made.slice(3, 6)));
    // The limit may change from page to page: the cursor is only a position.
    const rest = await getFeed(api, { limit: 10, cursor: second.nextCursor as string });
    expect(texts(rest.items), `${rest.request}: the last post`).toEqual(texts(made.slice(6)));
    expect(rest.nextCursor, `${rest.request}: the last page`).toBeNull();
  });

  it('a feed that ends exactly at a page boundary answers nextCursor null on that page, never an empty page', async () => {
    const { api, clock } = await start();
    const made = newestFirst(await addPosts(api, clock, 4));
    const first = await getFeed(api, { limit: 2 });
    expect(first.nextCursor, `${first.request}: two more posts follow`).toEqual(expect.any(String));
    const second = await getFeed(api, { limit: 2, cursor: first.nextCursor as string });
    expect(texts(second.items), `${second.request}`).toEqual(texts(made.slice(2)));
    expect(second.nextCursor, `${second.request}: nothing follows these two, so nextCursor is null`).toBeNull();
    const whole = await getFeed(api, { limit: 4 });
    expect([whole.items.length, whole.nextCursor], `${whole.request}: exactly four posts`).toEqual([4, null]);
  });

  it('posts sharing one createdAt across page boundaries: every post comes exactly once, none skipped', async () => {
    const { api, clock } = await start();
    const made: PostJson[] = [];
    // Seven posts in one millisecond, three an hour earlier (written later, so with higher ids), two later.
    for (let i = 1; i <= 7; i++) made.push(await addPost(api, `Same instant ${i}`));
    clock.set(new Date('2026-09-01T07:00:00.000Z'));
    for (let i = 1; i <= 3; i++) made.push(await addPost(api, `Earlier ${i}`));
    clock.set(new Date('2026-09-01T09:00:00.000Z'));
    for (let i = 1; i <= 2; i++) made.push(await addPost(api, `Later ${i}`));
    const expected = texts(newestFirst(made));
    for (const limit of [2, 3, 4, 5]) {
      const seen = (await allPages(api, limit)).flatMap((page) => texts(page.items));
      expect(seen, `every page of GET /api/feed?limit=${limit}, in order: each post once, createdAt then id descending`).toEqual(expected);
    }
  });

  it('posts written between page loads: the pages together are exactly the feed as it was at the first page, with no duplicates', async () => {
    const { api, clock } = await start();
    const made: PostJson[] = [];
    // 14 posts, four to an instant: ties fall on page boundaries.
    for (let i = 1; i <= 14; i++) {
      made.push(await addPost(api, `Snapshot ${i}`));
      if (i % 4 === 0) clock.advance(1000);
    }
    const snapshot = texts(newestFirst(made));
    let added = 0;
    const pages = await allPages(api, 3, async (page) => {
      // A new post at the newest instant (the same createdAt as the newest ones), and one later.
      await addPost(api, `Written after page ${page}`, 'Zed');
      clock.advance(500);
      await addPost(api, `Written later after page ${page}`, 'Zed');
      added += 2;
    });
    const seen = pages.flatMap((page) => texts(page.items));
    expect(new Set(seen).size, `the pages of GET /api/feed?limit=3 while ${added} posts were written between them: no post twice`).toBe(seen.length);
    expect(seen, 'the pages together: exactly the posts that existed at the first page, newest first (new posts sort before the cursor, so they shift nothing)').toEqual(snapshot);
    expect(texts((await getFeed(api, { limit: 2 })).items), 'a fresh first page shows the new posts first').toEqual(['Written later after page 4', 'Written after page 4']);
  });

  it('a well-formed cursor the API did not hand out is a position: the page holds the posts strictly after it', async () => {
    const { api, clock } = await start();
    const p1 = await addPost(api, 'P1 at T0');
    clock.advance(1000);
    const t1 = clock.now().getTime();
    const p2 = await addPost(api, 'P2 at T1');
    const p3 = await addPost(api, 'P3 at T1');
    const p4 = await addPost(api, 'P4 at T1');
    const p5 = await addPost(api, 'P5 at T1');
    clock.advance(1000);
    const p6 = await addPost(api, 'P6 at T2');
    const cases: Array<[string, { createdAt: number; id: number }, PostJson[]]> = [
      ['(T1, id of P4)', { createdAt: t1, id: p4.id }, [p3, p2, p1]],
      ['(T1, an id above every post)', { createdAt: t1, id: p6.id + 100 }, [p5, p4, p3, p2, p1]],
      ['(T1, id of P2)', { createdAt: t1, id: p2.id }, [p1]],
      ['(T2 + 5 s, id 1)', { createdAt: t1 + 6000, id: 1 }, [p6, p5, p4, p3, p2, p1]],
      ['(T2, id of P6)', { createdAt: t1 + 1000, id: p6.id }, [p5, p4, p3, p2, p1]],
      ['(T0, id of P1)', { createdAt: t1 - 1000, id: p1.id }, []],
      ['(0, id 1): the start of time', { createdAt: 0, id: 1 }, []],
    ];
    for (const [what, position, expected] of cases) {
      const page = await getFeed(api, { limit: 10, cursor: makeCursor(position) });
      expect(texts(page.items), `${page.request}: the cursor ${what} ${JSON.stringify(position)}`).toEqual(texts(expected));
      expect(page.nextCursor, `${page.request}: nothing follows`).toBeNull();
    }
    const reversed = await getFeed(api, { limit: 10, cursor: makeCursor(`{"id":${p4.id},"createdAt":${t1}}`) });
    expect(texts(reversed.items), `${reversed.request}: a cursor with its two fields in the other order (a JSON object has no order)`).toEqual(texts([p3, p2, p1]));
    const two = await getFeed(api, { limit: 2, cursor: makeCursor({ createdAt: t1, id: p5.id }) });
    expect([texts(two.items), readCursor(two.nextCursor ?? 'bnVsbA')], `${two.request}: two posts, and a cursor at the second`).toEqual([texts([p4, p3]), { createdAt: t1, id: p3.id }]);
  });

  it('malformed or tampered cursors answer 400 invalid_cursor; the parameters are checked before the cursor', async () => {
    const { api, clock } = await start();
    await addPosts(api, clock, 5);
    const good = (await getFeed(api, { limit: 2 })).nextCursor as string;
    const t = Date.parse(START);
    const bad: Array<[string, string]> = [
      ['empty', ''],
      ['characters outside base64url', 'not a cursor!'],
      ['a character outside base64url before a good cursor', `~${good}`],
      ['a dot inside a good cursor', `${good.slice(0, 10)}.${good.slice(10)}`],
      ['padding', `${good}==`],
      ['truncated', good.slice(0, -2)],
      ['not JSON', makeCursor('hello there')],
      ['a JSON array', makeCursor('[1,2]')],
      ['JSON null', makeCursor('null')],
      ['a JSON number', makeCursor('42')],
      ['no id', makeCursor({ createdAt: t })],
      ['no createdAt', makeCursor({ id: 3 })],
      ['createdAt as an ISO string', makeCursor({ createdAt: START, id: 3 })],
      ['createdAt not whole', makeCursor({ createdAt: t + 0.5, id: 3 })],
      ['createdAt negative', makeCursor({ createdAt: -1, id: 3 })],
      ['id 0', makeCursor({ createdAt: t, id: 0 })],
      ['id negative', makeCursor({ createdAt: t, id: -2 })],
      ['id as a string', makeCursor({ createdAt: t, id: '3' })],
      ['id not whole', makeCursor({ createdAt: t, id: 2.5 })],
      ['id beyond safe integers', makeCursor({ createdAt: t, id: 1e20 })],
      ['an extra field', makeCursor({ createdAt: t, id: 3, limit: 2 })],
    ];
    for (const [what, cursor] of bad) {
      const res = await api.get(feedPath({ limit: 2, cursor }));
      expect(res.status, `${res.request}: a cursor that is ${what} (${JSON.stringify(cursor)})`).toBe(400);
      expectApiError(res, 400, 'invalid_cursor');
    }
    expectInvalid(await api.get(feedPath({ limit: 0, cursor: 'garbage!' })), 'limit');
    expectInvalid(await api.get(feedPath({ cursor: 'garbage!', from: 'x' })), 'from');
    expectInvalid(await api.get(`/api/feed?cursor=${good}&cursor=${good}`), 'cursor');
    expect((await getFeed(api, { limit: 2, cursor: good })).items.length, 'the untouched cursor still works').toBe(2);
  });

  it('hostile input never gets a 5xx on any route', async () => {
    const { api, clock } = await start();
    await addPosts(api, clock, 3);
    await expectHostileInputRefused(api, [
      { method: 'POST', path: '/api/posts', body: { author: 'Ann', text: 'Probe' } },
      { method: 'GET', path: '/api/feed', query: ['limit', 'cursor'] },
    ]);
  });
});
