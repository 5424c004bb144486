// The hidden suite of p36 threaded-comments. It reaches the app only through what SPEC.md's
// Interface promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), the
// drizzle/ migrations, and the tables and columns the Interface names (comments.thread_id and
// parent_id, categories.name and parent_id, items.category_id), which the checks of the
// database's own rules use. Whether the trees are read with recursive CTEs or materialised paths
// is the implementation's choice: the suite never looks at anything else in the file.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectNo5xx, expectStatus, findRow, hasText, withRawDb, type TestServer } from '#testkit';
import {
  MINUTE,
  START,
  addItem,
  categoryRows,
  categoryShape,
  commentShape,
  createCategory,
  expectCategory,
  expectComment,
  findNode,
  getCategory,
  getComment,
  getThread,
  openThread,
  postComment,
  rawDepths,
  rawWrite,
  replyChain,
  start,
  type CategoryJson,
  type CategoryNodeJson,
  type CommentJson,
} from './helpers.js';

beforeEach(() => {
  vi.resetModules();
});

const at = (minutes: number) => new Date(Date.parse(START) + minutes * MINUTE).toISOString();

/** The details fields of an error answer. */
function detailFields(json: unknown): unknown[] {
  const details = (json as { error?: { details?: Array<{ field?: unknown }> } })?.error?.details;
  return Array.isArray(details) ? details.map((d) => d?.field) : [];
}

const INJECTIONS = ["' OR 1=1 --", "Robert'); DROP TABLE comments;--", '"; DELETE FROM categories; --'];

/** A small forest: Games(1) > Strategy(2) > Chess(3) > Openings(4); Games > Party(5); Music(6). */
async function forumTree(api: TestServer): Promise<Record<string, CategoryJson>> {
  const games = await createCategory(api, 'Games');
  const strategy = await createCategory(api, 'Strategy', games.id);
  const chess = await createCategory(api, 'Chess', strategy.id);
  const openings = await createCategory(api, 'Openings', chess.id);
  const party = await createCategory(api, 'Party', games.id);
  const music = await createCategory(api, 'Music');
  return { games, strategy, chess, openings, party, music };
}

const byId = (nodes: CategoryNodeJson[], id: number) => findNode(nodes, id, (node) => node.children);

describe('Task 1: Post comments and replies', () => {
  it('POST /threads answers 201 with the thread and its Location; createApp applied the migrations', async () => {
    const { api, dbFile } = await start();
    const res = await api.post('/threads', { json: { title: 'Best opening for beginners?' } });
    expectStatus(res, 201);
    const thread = res.json as { id: number };
    expect(res.json, res.request).toEqual({ id: thread.id, title: 'Best opening for beginners?', createdAt: START, commentCount: 0, comments: [] });
    expect(Number.isInteger(thread.id) && thread.id > 0, `${res.request}: id should be a positive integer`).toBe(true);
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/threads/${thread.id}`);
    expect(await getThread(api, thread.id), `GET /threads/${thread.id}`).toEqual(res.json);
    expectMigrationsApplied(dbFile);
  });

  it('a comment has depth 1, a reply depth 2 and its parentId; both answer 201 with a Location and the clock time', async () => {
    const { api, clock } = await start();
    const thread = await openThread(api);
    clock.advance(MINUTE);
    const res = await api.post(`/threads/${thread.id}/comments`, { json: { body: 'The Italian game.' } });
    expectStatus(res, 201);
    const top = expectComment(res);
    expect(top, res.request).toEqual({ id: top.id, threadId: thread.id, parentId: null, depth: 1, body: 'The Italian game.', deleted: false, createdAt: at(1), replyCount: 0, replies: [] });
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/comments/${top.id}`);
    clock.advance(MINUTE);
    const reply = await postComment(api, thread.id, 'Why not the London?', top.id);
    expect(reply, `a reply to comment ${top.id}`).toEqual({ id: reply.id, threadId: thread.id, parentId: top.id, depth: 2, body: 'Why not the London?', deleted: false, createdAt: at(2), replyCount: 0, replies: [] });
    const explicitNull = await postComment(api, thread.id, 'Another top-level one', null);
    expect([explicitNull.parentId, explicitNull.depth], '{"parentId": null} is a top-level comment: [parentId, depth]').toEqual([null, 1]);
    const reply3 = await postComment(api, thread.id, 'Deeper', reply.id);
    expect(reply3.depth, `a reply to a comment at depth 2`).toBe(3);
  });

  it('a reply to a comment at depth 5 is 422 too_deep and writes nothing; depth 5 itself is allowed', async () => {
    const { api, dbFile } = await start();
    const thread = await openThread(api);
    const chain = await replyChain(api, thread.id, 5);
    expect(chain.map((c) => c.depth), 'depths of a chain of five replies').toEqual([1, 2, 3, 4, 5]);
    const res = await api.post(`/threads/${thread.id}/comments`, { json: { body: 'one too many', parentId: chain[4]!.id } });
    expectApiError(res, 422, 'too_deep');
    expect(detailFields(res.json), `${res.request}: error.details names parentId`).toContain('parentId');
    expect((await getThread(api, thread.id)).commentCount, 'commentCount after the refused reply').toBe(5);
    const raw = rawDepths(dbFile, 'comments');
    expect(raw, 'comments in the database, walked along parent_id: rows, rows reaching a root, deepest').toMatchObject({ rows: 5, reached: 5, maxDepth: 5 });
    const sibling = await postComment(api, thread.id, 'a second reply at depth 5', chain[3]!.id);
    expect(sibling.depth, 'another reply to the comment at depth 4').toBe(5);
    expectApiError(await api.post(`/threads/${thread.id}/comments`, { json: { body: 'too deep too', parentId: sibling.id } }), 422, 'too_deep');
  });

  it('a parentId naming no comment, or a comment of another thread, is 404 with details on parentId', async () => {
    const { api, dbFile } = await start();
    const first = await openThread(api, 'First');
    const second = await openThread(api, 'Second');
    const elsewhere = await postComment(api, second.id, 'in the second thread');
    for (const parentId of [999, elsewhere.id]) {
      const res = await api.post(`/threads/${first.id}/comments`, { json: { body: 'lost reply', parentId } });
      expectApiError(res, 404, 'not_found');
      expect(detailFields(res.json), `${res.request}: error.details names parentId`).toContain('parentId');
    }
    expect((await getThread(api, first.id)).commentCount, 'comments of the first thread after the refusals').toBe(0);
    expect(withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM comments').pluck().get()), 'rows in comments').toBe(1);
  });

  it('bad bodies and titles are 400 naming the field; an unknown thread is 404 before the body is read', async () => {
    const { api } = await start();
    const thread = await openThread(api);
    const path = `/threads/${thread.id}/comments`;
    expectInvalid(await api.post(path, { json: {} }), 'body');
    expectInvalid(await api.post(path, { json: { body: '' } }), 'body');
    expectInvalid(await api.post(path, { json: { body: '   \n ' } }), 'body');
    expectInvalid(await api.post(path, { json: { body: 'x'.repeat(2001) } }), 'body');
    expectInvalid(await api.post(path, { json: { body: 42 } }), 'body');
    for (const parentId of ['1', 1.5, 0, -1, true]) expectInvalid(await api.post(path, { json: { body: 'ok', parentId } }), 'parentId');
    expectInvalid(await api.post(path, { json: { body: 'ok', threadId: thread.id } }), 'threadId');
    expectInvalid(await api.post('/threads', { json: { title: ' ' } }), 'title');
    expectInvalid(await api.post('/threads', { json: { title: 'x'.repeat(201) } }), 'title');
    expectInvalid(await api.post('/threads', { json: { title: 'ok', pinned: true } }), 'pinned');
    expectApiError(await api.post('/threads', { json: ['title'] }), 400, 'validation_failed');
    expect((await postComment(api, thread.id, 'y'.repeat(2000))).body.length, 'a body of exactly 2000 characters').toBe(2000);
    expectStatus(await api.post('/threads', { json: { title: 't'.repeat(200) } }), 201);
    expectApiError(await api.post('/threads/999/comments', { json: { body: 'to nowhere' } }), 404, 'not_found');
    expectApiError(await api.post('/threads/999/comments', { json: { body: '' } }), 404, 'not_found');
    for (const id of ['abc', '0', '1.5', '-1']) expectApiError(await api.get(`/threads/${id}`), 404, 'not_found');
    expect((await getThread(api, thread.id)).commentCount, 'comments after the refused bodies').toBe(1);
  });

  it('text is stored as sent; the rows hold thread_id and parent_id; the database refuses a parent or thread that does not exist', async () => {
    const { api, dbFile } = await start();
    const thread = await openThread(api, INJECTIONS[1]!);
    expect(thread.title, 'a title with SQL in it, read back').toBe(INJECTIONS[1]);
    const top = await postComment(api, thread.id, '  padded, ünïcødé ♞  ');
    expect(top.body, 'a body is stored exactly as sent (spaces kept)').toBe('  padded, ünïcødé ♞  ');
    const reply = await postComment(api, thread.id, INJECTIONS[0]!, top.id);
    expect((await getComment(api, reply.id)).body, 'a body with SQL in it').toBe(INJECTIONS[0]);
    const rows = withRawDb(dbFile, (db) => db.prepare('SELECT id, thread_id, parent_id FROM comments ORDER BY id').all());
    expect(rows, 'SELECT id, thread_id, parent_id FROM comments').toEqual([
      { id: top.id, thread_id: thread.id, parent_id: null },
      { id: reply.id, thread_id: thread.id, parent_id: top.id },
    ]);
    expect(rawWrite(dbFile, 'UPDATE comments SET parent_id = 999 WHERE id = ?', reply.id), 'UPDATE comments SET parent_id = 999 (a foreign key to comments.id)').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(rawWrite(dbFile, 'UPDATE comments SET thread_id = 999 WHERE id = ?', top.id), 'UPDATE comments SET thread_id = 999 (a foreign key to the threads table)').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
  });

  it('bodies that are not a JSON object answer 400, 413 or 415; a broken URL is 400 bad_request; ids of several digits work', async () => {
    const { api } = await start();
    const thread = await openThread(api);
    const json = { 'content-type': 'application/json' };
    const path = `/threads/${thread.id}/comments`;
    expectApiError(await api.post(path, { body: '{"body": ', headers: json }), 400, 'invalid_json');
    expectApiError(await api.post('/threads', { body: '{"title": "x"', headers: json }), 400, 'invalid_json');
    expectApiError(await api.post(path, { body: Buffer.from('definitely not gzip'), headers: { ...json, 'content-encoding': 'gzip' } }), 400, 'invalid_json');
    expectInvalid(await api.post(path, { body: '[]', headers: json }), 'body');
    expectApiError(await api.post(path, { body: '{"body":"hi"}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post(path, { body: '{"body":"hi"}', headers: { 'content-type': 'application/json; charset=iso-8859-1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post(path, { body: '{"body":"hi"}', headers: { ...json, 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post(path, { body: JSON.stringify({ body: 'x'.repeat(17_000) }), headers: json }), 413, 'payload_too_large');
    expectApiError(await api.get('/comments/%ZZ'), 400, 'bad_request');
    expect((await getThread(api, thread.id)).commentCount, 'comments after the refused bodies').toBe(0);
    const posted: CommentJson[] = [];
    for (let i = 1; i <= 12; i += 1) posted.push(await postComment(api, thread.id, `comment ${i}`));
    for (const comment of posted.slice(9)) expect((await getComment(api, comment.id)).body, `GET /comments/${comment.id}`).toBe(comment.body);
    const opened = [thread];
    for (let i = 1; i <= 11; i += 1) opened.push(await openThread(api, `thread ${i}`));
    for (const t of opened.slice(9)) expect((await getThread(api, t.id)).title, `GET /threads/${t.id}`).toBe(t.title);
    expectApiError(await api.get(`/comments/${posted[10]!.id}x`), 404, 'not_found');
  });

  it('a restart on the same file keeps every thread and comment, and applies no migration twice', async () => {
    const first = await start();
    const thread = await openThread(first.api);
    const chain = await replyChain(first.api, thread.id, 3);
    const before = await getThread(first.api, thread.id);
    const again = await start({ dbFile: first.dbFile });
    expect(await getThread(again.api, thread.id), 'the thread read by a second app on the same file').toEqual(before);
    expect((await postComment(again.api, thread.id, 'after the restart', chain[2]!.id)).depth, 'a reply to the comment at depth 3, after the restart').toBe(4);
    expectMigrationsApplied(first.dbFile);
  });
});

describe('Task 2: Read threads and subtrees as trees', () => {
  /**
   * Thread 1:  a ─┬─ b ─── d ─── e
   *               └─ c
   *            f ─── g
   */
  async function sampleThread(api: TestServer, clock: { advance: (ms: number) => void }) {
    const thread = await openThread(api);
    const post = async (body: string, parent?: CommentJson) => {
      clock.advance(MINUTE);
      return postComment(api, thread.id, body, parent?.id);
    };
    const a = await post('a');
    const b = await post('b', a);
    const c = await post('c', a);
    const d = await post('d', b);
    const f = await post('f');
    const e = await post('e', d);
    const g = await post('g', f);
    return { thread, a, b, c, d, e, f, g };
  }

  it('GET /threads/:id nests every reply under its parent, with its depth', async () => {
    const { api, clock } = await start();
    const { thread, a, b, c, d, e, f, g } = await sampleThread(api, clock);
    const read = await getThread(api, thread.id);
    expect(commentShape(read.comments), `GET /threads/${thread.id}: the tree as [id, [replies]]`).toEqual([
      [a.id, [[b.id, [[d.id, [[e.id, []]]]]], [c.id, []]]],
      [f.id, [[g.id, []]]],
    ]);
    const eNode = findNode(read.comments, e.id, (n) => n.replies)!;
    expect(eNode, `comment e in GET /threads/${thread.id}`).toEqual({ ...e, createdAt: e.createdAt });
    expect(
      [a, b, c, d, e, f, g].map((x) => findNode(read.comments, x.id, (n) => n.replies)?.depth),
      'depths of a, b, c, d, e, f, g',
    ).toEqual([1, 2, 2, 3, 4, 1, 2]);
    expect(findNode(read.comments, d.id, (n) => n.replies)?.parentId, 'parentId of d').toBe(b.id);
    expect((await getThread(api, (await openThread(api, 'Empty')).id)).comments, 'an empty thread').toEqual([]);
  });

  it('siblings are listed oldest first by createdAt, and by id when two share a createdAt', async () => {
    const { api, clock } = await start();
    const thread = await openThread(api);
    clock.set(new Date(at(10)));
    const late = await postComment(api, thread.id, 'written at 10:10');
    clock.set(new Date(at(5)));
    const early = await postComment(api, thread.id, 'written at 10:05 (a higher id, an earlier time)');
    const tieA = await postComment(api, thread.id, 'also at 10:05');
    clock.set(new Date(at(20)));
    const r1 = await postComment(api, thread.id, 'reply at 10:20', late.id);
    clock.set(new Date(at(15)));
    const r2 = await postComment(api, thread.id, 'reply at 10:15', late.id);
    const r3 = await postComment(api, thread.id, 'reply at 10:15, later id', late.id);
    const read = await getThread(api, thread.id);
    expect(read.comments.map((c) => c.id), 'top-level comments: by createdAt, then id').toEqual([early.id, tieA.id, late.id]);
    expect(read.comments[2]?.replies.map((c) => c.id), 'replies of the 10:10 comment: by createdAt, then id').toEqual([r2.id, r3.id, r1.id]);
    expect((await getComment(api, late.id)).replies.map((c) => c.id), `GET /comments/${late.id}: the same order`).toEqual([r2.id, r3.id, r1.id]);
  });

  it('replyCount counts the whole subtree, at every depth; commentCount counts the thread', async () => {
    const { api, clock } = await start();
    const { thread, a, b, c, d, e, f, g } = await sampleThread(api, clock);
    const read = await getThread(api, thread.id);
    const counts = [a, b, c, d, e, f, g].map((x) => findNode(read.comments, x.id, (n) => n.replies)?.replyCount);
    expect(counts, 'replyCount of a, b, c, d, e, f, g (a has b, c, d and e below it)').toEqual([4, 2, 0, 1, 0, 1, 0]);
    expect(read.commentCount, `commentCount of thread ${thread.id}`).toBe(7);
    expect((await getComment(api, a.id)).replyCount, `GET /comments/${a.id}: replyCount`).toBe(4);
    expect((await getComment(api, b.id)).replyCount, `GET /comments/${b.id}: replyCount`).toBe(2);
  });

  it('GET /comments/:id answers the comment with its subtree only, in the shape of the thread', async () => {
    const { api, clock } = await start();
    const { thread, a, b, d, e } = await sampleThread(api, clock);
    const other = await openThread(api, 'Other');
    await postComment(api, other.id, 'elsewhere');
    const sub = await getComment(api, b.id);
    expect(commentShape([sub]), `GET /comments/${b.id}: b with d and e below it`).toEqual([[b.id, [[d.id, [[e.id, []]]]]]]);
    expect([sub.depth, sub.parentId, sub.threadId], `GET /comments/${b.id}: depth in the thread, parentId, threadId`).toEqual([2, a.id, thread.id]);
    const fromThread = findNode((await getThread(api, thread.id)).comments, b.id, (n) => n.replies);
    expect(sub, `GET /comments/${b.id} equals b's node in GET /threads/${thread.id}`).toEqual(fromThread);
    expect(await getComment(api, e.id), `GET /comments/${e.id} (a leaf)`).toEqual({ ...e, replies: [], replyCount: 0 });
    expectApiError(await api.get('/comments/999'), 404, 'not_found');
    expectApiError(await api.get('/comments/x1'), 404, 'not_found');
    expectApiError(await api.get('/threads/999'), 404, 'not_found');
  });
});

describe('Task 3: Delete comments', () => {
  it('deleting a comment without replies removes it: 204, then 404, and the counts above it go down', async () => {
    const { api, dbFile } = await start();
    const thread = await openThread(api);
    const [top, mid, leaf] = await replyChain(api, thread.id, 3);
    const res = await api.delete(`/comments/${leaf!.id}`);
    expectStatus(res, 204);
    expect(res.text, `${res.request}: a 204 has no body`).toBe('');
    expectApiError(await api.get(`/comments/${leaf!.id}`), 404, 'not_found');
    const read = await getThread(api, thread.id);
    expect([read.commentCount, read.comments[0]?.replyCount, read.comments[0]?.replies[0]?.replies], 'commentCount, replyCount of the top comment, replies of the middle one').toEqual([2, 1, []]);
    expect(withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM comments WHERE id = ?').pluck().get(leaf!.id)), 'rows of the deleted leaf in comments').toBe(0);
    expectApiError(await api.delete(`/comments/${leaf!.id}`), 404, 'not_found');
    expectApiError(await api.delete('/comments/999'), 404, 'not_found');
    expectApiError(await api.delete('/comments/abc'), 404, 'not_found');
    void [top, mid];
  });

  it('deleting a comment with replies leaves a "[deleted]" placeholder that keeps its replies, and erases its text from the database', async () => {
    const { api, dbFile } = await start();
    const thread = await openThread(api);
    const secret = 'My phone number is 555-0199';
    const top = await postComment(api, thread.id, secret);
    const [r1, r2] = await replyChain(api, thread.id, 2, top.id);
    const sibling = await postComment(api, thread.id, 'a second reply', top.id);
    const before = await getComment(api, top.id);
    expectStatus(await api.delete(`/comments/${top.id}`), 204);
    const after = await getComment(api, top.id);
    expect(after, `GET /comments/${top.id} after the delete: the same node, body "[deleted]" and deleted: true`).toEqual({ ...before, body: '[deleted]', deleted: true });
    expect(commentShape([after]), 'the replies under the placeholder').toEqual([[top.id, [[r1!.id, [[r2!.id, []]]], [sibling.id, []]]]]);
    const read = await getThread(api, thread.id);
    expect([read.commentCount, read.comments[0]?.replyCount], 'commentCount and the placeholder\'s replyCount (a placeholder still counts)').toEqual([4, 3]);
    expect(withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM comments').pluck().get()), 'rows in comments: the placeholder keeps its row').toBe(4);
    expect(withRawDb(dbFile, (db) => findRow(db, hasText(secret))), `a row of any table still holding the deleted text "${secret}"`).toBeUndefined();
    expect(withRawDb(dbFile, (db) => db.prepare('SELECT parent_id FROM comments WHERE id = ?').pluck().get(r1!.id)), 'parent_id of the first reply').toBe(top.id);
  });

  it('a placeholder stays one: no replies to it (409), a second DELETE changes nothing, and it survives losing its last reply', async () => {
    const { api } = await start();
    const thread = await openThread(api);
    const [top, reply] = await replyChain(api, thread.id, 2);
    expectStatus(await api.delete(`/comments/${top!.id}`), 204);
    const res = await api.post(`/threads/${thread.id}/comments`, { json: { body: 'answering a deleted comment', parentId: top!.id } });
    expectApiError(res, 409, 'conflict');
    expect((await getThread(api, thread.id)).commentCount, 'comments after the refused reply').toBe(2);
    const before = await getThread(api, thread.id);
    expectStatus(await api.delete(`/comments/${top!.id}`), 204);
    expect(await getThread(api, thread.id), 'the thread after a second DELETE of the placeholder').toEqual(before);
    expectStatus(await api.delete(`/comments/${reply!.id}`), 204);
    const placeholder = await getComment(api, top!.id);
    expect([placeholder.deleted, placeholder.body, placeholder.replies, placeholder.replyCount], 'the placeholder after its only reply was deleted').toEqual([true, '[deleted]', [], 0]);
    expect((await getThread(api, thread.id)).commentCount, 'commentCount: the placeholder alone').toBe(1);
  });
});

describe('Task 4: Build the category tree', () => {
  it('POST /categories creates roots and children: 201, Location, depth, counts and breadcrumbs', async () => {
    const { api } = await start();
    const res = await api.post('/categories', { json: { name: 'Games' } });
    expectStatus(res, 201);
    const games = expectCategory(res);
    expect(games, res.request).toEqual({ id: games.id, name: 'Games', parentId: null, depth: 1, itemCount: 0, totalItemCount: 0, children: [], breadcrumbs: [{ id: games.id, name: 'Games' }] });
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/categories/${games.id}`);
    const strategy = await createCategory(api, 'Strategy', games.id);
    expect(strategy, 'POST /categories {"name":"Strategy","parentId":<Games>}').toEqual({
      id: strategy.id, name: 'Strategy', parentId: games.id, depth: 2, itemCount: 0, totalItemCount: 0, children: [],
      breadcrumbs: [{ id: games.id, name: 'Games' }, { id: strategy.id, name: 'Strategy' }],
    });
    const root = await createCategory(api, 'Music', null);
    expect([root.parentId, root.depth], '{"parentId": null} makes a root: [parentId, depth]').toEqual([null, 1]);
  });

  it('GET /categories/:id answers the subtree and the breadcrumbs from the root; GET /categories the whole forest by id', async () => {
    const { api } = await start();
    const t = await forumTree(api);
    const openings = await getCategory(api, t.openings!.id);
    expect(openings.breadcrumbs, `breadcrumbs of Openings (depth 4)`).toEqual([
      { id: t.games!.id, name: 'Games' }, { id: t.strategy!.id, name: 'Strategy' }, { id: t.chess!.id, name: 'Chess' }, { id: t.openings!.id, name: 'Openings' },
    ]);
    expect(openings.depth, 'depth of Openings').toBe(4);
    const strategy = await getCategory(api, t.strategy!.id);
    expect(categoryShape([strategy]), `GET /categories/${t.strategy!.id}: Strategy with Chess and Openings below`).toEqual([[t.strategy!.id, [[t.chess!.id, [[t.openings!.id, []]]]]]]);
    expect(byId(strategy.children, t.openings!.id), 'Openings inside Strategy\'s subtree').toEqual({ id: t.openings!.id, name: 'Openings', parentId: t.chess!.id, depth: 4, itemCount: 0, totalItemCount: 0, children: [] });
    const all = await api.get('/categories');
    expectStatus(all, 200);
    const forest = (all.json as { categories: CategoryNodeJson[] }).categories;
    expect(Object.keys(all.json as object), `${all.request}: the body is { categories }`).toEqual(['categories']);
    expect(categoryShape(forest), `${all.request}: roots and children by id`).toEqual([
      [t.games!.id, [[t.strategy!.id, [[t.chess!.id, [[t.openings!.id, []]]]]], [t.party!.id, []]]],
      [t.music!.id, []],
    ]);
    expectApiError(await api.get('/categories/999'), 404, 'not_found');
  });

  it('itemCount counts a category\'s own items, totalItemCount those of its whole subtree', async () => {
    const { api } = await start();
    const t = await forumTree(api);
    const res = await api.post(`/categories/${t.openings!.id}/items`, { json: { title: 'The Sicilian' } });
    expectStatus(res, 201);
    const item = res.json as { id: number };
    expect(res.json, res.request).toEqual({ id: item.id, categoryId: t.openings!.id, title: 'The Sicilian' });
    await addItem(api, t.openings!.id, 'The French');
    await addItem(api, t.chess!.id, 'Endgames');
    await addItem(api, t.games!.id, 'Welcome');
    await addItem(api, t.party!.id, 'Charades');
    await addItem(api, t.music!.id, 'Guitars');
    const games = await getCategory(api, t.games!.id);
    const counts = [t.games, t.strategy, t.chess, t.openings, t.party].map((c) => {
      const node = c!.id === games.id ? games : byId(games.children, c!.id);
      return [node?.itemCount, node?.totalItemCount];
    });
    expect(counts, '[itemCount, totalItemCount] of Games, Strategy, Chess, Openings, Party').toEqual([[1, 5], [0, 3], [1, 3], [2, 2], [1, 1]]);
    const forest = ((await api.get('/categories')).json as { categories: CategoryNodeJson[] }).categories;
    expect([byId(forest, t.strategy!.id)?.totalItemCount, byId(forest, t.music!.id)?.totalItemCount], 'GET /categories: totalItemCount of Strategy and Music').toEqual([3, 1]);
    expect((await getCategory(api, t.strategy!.id)).totalItemCount, `GET /categories/${t.strategy!.id}: totalItemCount`).toBe(3);
  });

  it('a category under one at depth 5 is 422 too_deep; an unknown parent is 404 with details on parentId', async () => {
    const { api, dbFile } = await start();
    let parent: number | null = null;
    const chain: CategoryJson[] = [];
    for (let i = 1; i <= 5; i += 1) {
      const category = await createCategory(api, `Level ${i}`, parent);
      chain.push(category);
      parent = category.id;
    }
    expect(chain.map((c) => c.depth), 'depths of a chain of five categories').toEqual([1, 2, 3, 4, 5]);
    expectApiError(await api.post('/categories', { json: { name: 'Level 6', parentId: chain[4]!.id } }), 422, 'too_deep');
    const res = await api.post('/categories', { json: { name: 'Orphan', parentId: 999 } });
    expectApiError(res, 404, 'not_found');
    expect(detailFields(res.json), `${res.request}: error.details names parentId`).toContain('parentId');
    expect(rawDepths(dbFile, 'categories'), 'categories in the database, walked along parent_id').toMatchObject({ rows: 5, reached: 5, maxDepth: 5 });
  });

  it('bad names, parents and item titles are 400 naming the field; items of an unknown category are 404', async () => {
    const { api } = await start();
    const games = await createCategory(api, 'Games');
    expectInvalid(await api.post('/categories', { json: {} }), 'name');
    expectInvalid(await api.post('/categories', { json: { name: '  ' } }), 'name');
    expectInvalid(await api.post('/categories', { json: { name: 'n'.repeat(101) } }), 'name');
    expectInvalid(await api.post('/categories', { json: { name: 7 } }), 'name');
    for (const parentId of [String(games.id), 1.5, 0, -3, false]) expectInvalid(await api.post('/categories', { json: { name: 'ok', parentId } }), 'parentId');
    expectInvalid(await api.post('/categories', { json: { name: 'ok', depth: 1 } }), 'depth');
    expect((await createCategory(api, 'n'.repeat(100), games.id)).name.length, 'a name of exactly 100 characters').toBe(100);
    expectInvalid(await api.post(`/categories/${games.id}/items`, { json: { title: '' } }), 'title');
    expectInvalid(await api.post(`/categories/${games.id}/items`, { json: { title: 'ok', categoryId: 2 } }), 'categoryId');
    expectApiError(await api.post('/categories/999/items', { json: { title: 'Lost' } }), 404, 'not_found');
    expectApiError(await api.post('/categories/999/items', { json: {} }), 404, 'not_found');
    expectApiError(await api.post('/categories/abc/items', { json: { title: 'x' } }), 404, 'not_found');
    const read = await getCategory(api, games.id);
    expect([read.children.length, read.totalItemCount], 'children and items of Games after the refusals').toEqual([1, 0]);
  });

  it('the database refuses a parent that does not exist, a category that is its own parent, and an item of no category', async () => {
    const { api, dbFile } = await start();
    const t = await forumTree(api);
    const item = await addItem(api, t.chess!.id, 'Endgames');
    const rows = withRawDb(dbFile, (db) => db.prepare('SELECT id, name, parent_id FROM categories ORDER BY id').all());
    expect(rows, 'SELECT id, name, parent_id FROM categories').toEqual(
      [t.games, t.strategy, t.chess, t.openings, t.party, t.music].map((c) => ({ id: c!.id, name: c!.name, parent_id: c!.parentId })),
    );
    expect(withRawDb(dbFile, (db) => db.prepare('SELECT category_id FROM items WHERE id = ?').pluck().get(item.id)), 'items.category_id of the new item').toBe(t.chess!.id);
    expect(rawWrite(dbFile, 'UPDATE categories SET parent_id = 999 WHERE id = ?', t.chess!.id), 'UPDATE categories SET parent_id = 999 (a foreign key to categories.id)').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(rawWrite(dbFile, 'UPDATE categories SET parent_id = id WHERE id = ?', t.music!.id), 'UPDATE categories SET parent_id = id (a CHECK: no category is its own parent)').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, 'UPDATE items SET category_id = 999 WHERE id = ?', item.id), 'UPDATE items SET category_id = 999 (a foreign key to categories.id)').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
  });
});

describe('Task 5: Move categories', () => {
  it('a move takes the whole subtree along: depths, breadcrumbs and counts follow, and parent_id changes in the table', async () => {
    const { api, dbFile } = await start();
    const t = await forumTree(api);
    await addItem(api, t.openings!.id, 'The Sicilian');
    await addItem(api, t.chess!.id, 'Endgames');
    const res = await api.patch(`/categories/${t.chess!.id}`, { json: { parentId: t.music!.id } });
    expectStatus(res, 200);
    const chess = expectCategory(res);
    expect([chess.parentId, chess.depth, chess.totalItemCount], `${res.request}: parentId, depth, totalItemCount`).toEqual([t.music!.id, 2, 2]);
    expect(chess.breadcrumbs, `${res.request}: breadcrumbs`).toEqual([{ id: t.music!.id, name: 'Music' }, { id: t.chess!.id, name: 'Chess' }]);
    const openings = await getCategory(api, t.openings!.id);
    expect([openings.depth, openings.breadcrumbs.map((b) => b.name)], 'Openings (below the moved Chess): depth and breadcrumbs').toEqual([3, ['Music', 'Chess', 'Openings']]);
    expect(byId(chess.children, t.openings!.id)?.depth, 'Openings in the answer of the move').toBe(3);
    const [games, strategy, music] = await Promise.all([t.games, t.strategy, t.music].map((c) => getCategory(api, c!.id)));
    expect([games!.totalItemCount, strategy!.totalItemCount, music!.totalItemCount], 'totalItemCount of Games, Strategy (old ancestors) and Music (new)').toEqual([0, 0, 2]);
    expect(categoryShape(strategy!.children), 'children of Strategy after the move').toEqual([]);
    const forest = ((await api.get('/categories')).json as { categories: CategoryNodeJson[] }).categories;
    expect(categoryShape(forest), 'GET /categories after the move').toEqual([
      [t.games!.id, [[t.strategy!.id, []], [t.party!.id, []]]],
      [t.music!.id, [[t.chess!.id, [[t.openings!.id, []]]]]],
    ]);
    const raw = rawDepths(dbFile, 'categories');
    expect(withRawDb(dbFile, (db) => db.prepare('SELECT parent_id FROM categories WHERE id = ?').pluck().get(t.chess!.id)), 'parent_id of Chess in the table').toBe(t.music!.id);
    expect([raw.depths[t.chess!.id], raw.depths[t.openings!.id], raw.reached, raw.rows], 'depths of Chess and Openings walked along parent_id; rows reaching a root; rows').toEqual([2, 3, 6, 6]);
  });

  it('a subtree moved and then extended keeps consistent depths: new children, and a second move of a descendant', async () => {
    const { api, dbFile } = await start();
    const t = await forumTree(api);
    expectStatus(await api.patch(`/categories/${t.strategy!.id}`, { json: { parentId: t.music!.id } }), 200);
    const fresh = await createCategory(api, 'Gambits', t.openings!.id);
    expect([fresh.depth, fresh.breadcrumbs.map((b) => b.name)], 'a new child of Openings after its grandparent moved').toEqual([5, ['Music', 'Strategy', 'Chess', 'Openings', 'Gambits']]);
    expectApiError(await api.post('/categories', { json: { name: 'Too deep', parentId: fresh.id } }), 422, 'too_deep');
    expectStatus(await api.patch(`/categories/${t.chess!.id}`, { json: { parentId: null } }), 200);
    const gambits = await getCategory(api, fresh.id);
    expect([gambits.depth, gambits.breadcrumbs.map((b) => b.name)], 'Gambits after Chess moved to the root').toEqual([3, ['Chess', 'Openings', 'Gambits']]);
    const music = await getCategory(api, t.music!.id);
    expect(categoryShape([music]), 'Music after Chess left Strategy').toEqual([[t.music!.id, [[t.strategy!.id, []]]]]);
    expectStatus(await api.patch(`/categories/${t.strategy!.id}`, { json: { parentId: t.openings!.id } }), 200);
    expect((await getCategory(api, t.strategy!.id)).breadcrumbs.map((b) => b.name), 'Strategy moved under Openings, its former grandchild').toEqual(['Chess', 'Openings', 'Strategy']);
    expect(rawDepths(dbFile, 'categories'), 'categories walked along parent_id').toMatchObject({ rows: 7, reached: 7 });
  });

  it('moving a category under itself or any category below it is 409 cycle, and changes no row', async () => {
    const { api, dbFile } = await start();
    const t = await forumTree(api);
    const before = categoryRows(dbFile);
    const targets = [t.games, t.strategy, t.chess, t.openings];
    for (const target of targets) {
      const res = await api.patch(`/categories/${t.games!.id}`, { json: { parentId: target!.id } });
      expectApiError(res, 409, 'cycle');
      expect(categoryRows(dbFile), `every row of categories after the refused ${res.request} with parentId ${target!.id} (${target!.name})`).toEqual(before);
    }
    expectApiError(await api.patch(`/categories/${t.strategy!.id}`, { json: { parentId: t.openings!.id, name: 'Renamed' } }), 409, 'cycle');
    expect(categoryRows(dbFile), 'every row of categories after a refused move with a rename (the rename is not applied either)').toEqual(before);
    const raw = rawDepths(dbFile, 'categories');
    expect([raw.reached, raw.rows], 'categories reaching a root along parent_id, of all rows').toEqual([6, 6]);
    expect((await getCategory(api, t.openings!.id)).breadcrumbs.map((b) => b.name), 'breadcrumbs of Openings after the refusals').toEqual(['Games', 'Strategy', 'Chess', 'Openings']);
  });

  it('a move is 422 too_deep when its deepest descendant would pass depth 5, and changes no row; exactly 5 is allowed', async () => {
    const { api, dbFile } = await start();
    const t = await forumTree(api);
    // Strategy (depth 2) has descendants down to Openings (depth 4): a subtree three levels deep.
    const a = await createCategory(api, 'A', t.music!.id);
    const b = await createCategory(api, 'B', a.id);
    const before = categoryRows(dbFile);
    const res = await api.patch(`/categories/${t.strategy!.id}`, { json: { parentId: b.id } });
    expectApiError(res, 422, 'too_deep');
    expect(detailFields(res.json), `${res.request}: error.details names parentId`).toContain('parentId');
    expect(categoryRows(dbFile), `every row of categories after the refused ${res.request}`).toEqual(before);
    expect(rawDepths(dbFile, 'categories').maxDepth, 'the deepest category, walked along parent_id').toBe(4);
    const c = await createCategory(api, 'C', b.id);
    expectApiError(await api.patch(`/categories/${t.chess!.id}`, { json: { parentId: c.id } }), 422, 'too_deep');
    expect((await getCategory(api, t.chess!.id)).breadcrumbs.map((x) => x.name), 'Chess after its refused move under C (depth 4), with Openings below it').toEqual(['Games', 'Strategy', 'Chess']);
    const ok = await api.patch(`/categories/${t.strategy!.id}`, { json: { parentId: a.id } });
    expectStatus(ok, 200);
    expect((await getCategory(api, t.openings!.id)).depth, 'Openings after Strategy moved under A (depth 2)').toBe(5);
    expect(rawDepths(dbFile, 'categories'), 'categories walked along parent_id after the allowed move').toMatchObject({ rows: 9, reached: 9, maxDepth: 5 });
    expectApiError(await api.patch(`/categories/${t.party!.id}`, { json: { parentId: t.openings!.id } }), 422, 'too_deep');
  });

  it('moving to the root, to the same parent, and renaming; 404 and 400 come before the move\'s own checks', async () => {
    const { api, dbFile } = await start();
    const t = await forumTree(api);
    const renamed = await api.patch(`/categories/${t.chess!.id}`, { json: { name: INJECTIONS[2] } });
    expectStatus(renamed, 200);
    expect([expectCategory(renamed).name, expectCategory(renamed).parentId], `${renamed.request}: name and parentId`).toEqual([INJECTIONS[2], t.strategy!.id]);
    const same = await api.patch(`/categories/${t.chess!.id}`, { json: { parentId: t.strategy!.id } });
    expectStatus(same, 200);
    expect(expectCategory(same).depth, `${same.request} (its current parent)`).toBe(3);
    const toRoot = await api.patch(`/categories/${t.strategy!.id}`, { json: { parentId: null, name: 'Strategy games' } });
    expectStatus(toRoot, 200);
    const moved = expectCategory(toRoot);
    expect([moved.parentId, moved.depth, moved.name, moved.breadcrumbs], `${toRoot.request}: to the root, renamed`).toEqual([null, 1, 'Strategy games', [{ id: t.strategy!.id, name: 'Strategy games' }]]);
    expect((await getCategory(api, t.openings!.id)).breadcrumbs.map((b) => b.name), 'breadcrumbs of Openings').toEqual(['Strategy games', INJECTIONS[2], 'Openings']);
    expectStatus(await api.patch(`/categories/${t.music!.id}`, { json: { parentId: null } }), 200);
    const before = categoryRows(dbFile);
    expectApiError(await api.patch('/categories/999', { json: { parentId: 1 } }), 404, 'not_found');
    expectApiError(await api.patch('/categories/999', { json: {} }), 404, 'not_found');
    const unknownParent = await api.patch(`/categories/${t.party!.id}`, { json: { parentId: 999 } });
    expectApiError(unknownParent, 404, 'not_found');
    expect(detailFields(unknownParent.json), `${unknownParent.request}: error.details names parentId`).toContain('parentId');
    expectApiError(await api.patch(`/categories/${t.party!.id}`, { json: {} }), 400, 'validation_failed');
    for (const parentId of ['1', 2.5, 0, true]) expectInvalid(await api.patch(`/categories/${t.party!.id}`, { json: { parentId } }), 'parentId');
    expectInvalid(await api.patch(`/categories/${t.party!.id}`, { json: { name: '' } }), 'name');
    expectInvalid(await api.patch(`/categories/${t.party!.id}`, { json: { path: '/1/' } }), 'path');
    expectInvalid(await api.patch(`/categories/${t.party!.id}`, { json: { parentId: t.party!.id, name: '' } }), 'name');
    expect(categoryRows(dbFile), 'every row of categories after the refused PATCHes').toEqual(before);
  });

  it('a move that is both a cycle and too deep is 409 cycle (cycle is checked first)', async () => {
    const { api } = await start();
    let parent: number | null = null;
    const chain: CategoryJson[] = [];
    for (let i = 1; i <= 5; i += 1) {
      const category = await createCategory(api, `Level ${i}`, parent);
      chain.push(category);
      parent = category.id;
    }
    expectApiError(await api.patch(`/categories/${chain[1]!.id}`, { json: { parentId: chain[4]!.id } }), 409, 'cycle');
    expectApiError(await api.patch(`/categories/${chain[0]!.id}`, { json: { parentId: chain[3]!.id } }), 409, 'cycle');
  });

  it('a restart keeps the moved tree', async () => {
    const first = await start();
    const t = await forumTree(first.api);
    await addItem(first.api, t.openings!.id, 'The Sicilian');
    expectStatus(await first.api.patch(`/categories/${t.chess!.id}`, { json: { parentId: t.party!.id } }), 200);
    const before = await getCategory(first.api, t.games!.id);
    const again = await start({ dbFile: first.dbFile });
    expect(await getCategory(again.api, t.games!.id), 'Games read by a second app on the same file').toEqual(before);
    expect((await getCategory(again.api, t.openings!.id)).breadcrumbs.map((b) => b.name), 'breadcrumbs of Openings after the restart').toEqual(['Games', 'Party', 'Chess', 'Openings']);
  });

  it('wrong methods are 405 with Allow, unknown paths 404, and SQL in ids touches nothing', async () => {
    const { api } = await start();
    const thread = await openThread(api);
    const comment = await postComment(api, thread.id, 'hello');
    const games = await createCategory(api, 'Games');
    const cases: Array<[string, string, string[]]> = [
      ['GET', '/threads', ['POST']],
      ['DELETE', `/threads/${thread.id}`, ['GET', 'HEAD']],
      ['GET', `/threads/${thread.id}/comments`, ['POST']],
      ['PUT', `/comments/${comment.id}`, ['GET', 'HEAD', 'DELETE']],
      ['DELETE', '/categories', ['GET', 'HEAD', 'POST']],
      ['DELETE', `/categories/${games.id}`, ['GET', 'HEAD', 'PATCH']],
      ['GET', `/categories/${games.id}/items`, ['POST']],
    ];
    for (const [method, path, allow] of cases) {
      const res = await api.request(method, path);
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, allow);
    }
    expectApiError(await api.get('/nothing-here'), 404, 'not_found');
    for (const text of INJECTIONS) {
      const encoded = encodeURIComponent(text);
      expectApiError(await api.get(`/comments/${encoded}`), 404, 'not_found');
      expectApiError(await api.delete(`/comments/${encoded}`), 404, 'not_found');
      expectApiError(await api.patch(`/categories/${encoded}`, { json: { parentId: null } }), 404, 'not_found');
      expectInvalid(await api.patch(`/categories/${games.id}`, { json: { parentId: text } }), 'parentId');
    }
    expect((await getComment(api, comment.id)).body, 'the comment after the hostile requests').toBe('hello');
    expect((await getCategory(api, games.id)).name, 'the category after the hostile requests').toBe('Games');
  });

  it('every route survives the hostile-input battery', async () => {
    const { api } = await start();
    const thread = await openThread(api);
    const comment = await postComment(api, thread.id, 'hello');
    const games = await createCategory(api, 'Games');
    const chess = await createCategory(api, 'Chess', games.id);
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/threads', body: { title: 'Probe' } },
        { method: 'GET', path: '/threads/:threadId' },
        { method: 'POST', path: '/threads/:threadId/comments', body: { body: 'probe', parentId: comment.id } },
        { method: 'GET', path: '/comments/:commentId' },
        { method: 'DELETE', path: '/comments/:leafId' },
        { method: 'GET', path: '/categories' },
        { method: 'POST', path: '/categories', body: { name: 'Probe', parentId: games.id } },
        { method: 'GET', path: '/categories/:id' },
        { method: 'PATCH', path: '/categories/:id', body: { name: 'Moved', parentId: games.id } },
        { method: 'POST', path: '/categories/:id/items', body: { title: 'Probe' } },
      ],
      { params: { threadId: String(thread.id), commentId: String(comment.id), leafId: '999', id: String(chess.id) } },
    );
    const probes = [
      await api.post('/categories', { json: { name: 'Huge', parentId: Number.MAX_SAFE_INTEGER } }),
      await api.post('/categories', { json: { name: 'Huger', parentId: 1e300 } }),
      await api.patch(`/categories/${chess.id}`, { json: { parentId: 99999999999999999999 } }),
      await api.post(`/threads/${thread.id}/comments`, { json: { body: 'x', parentId: Number.MAX_SAFE_INTEGER } }),
      await api.get('/comments/99999999999999999999'),
    ];
    for (const res of probes) {
      expectNo5xx(res);
      expect(res.status, `${res.request}: a 4xx`).toBeGreaterThanOrEqual(400);
    }
  });
});
