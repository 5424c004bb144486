// The hidden suite of p38 polls. It reaches the app only through what SPEC.md's Interface promises:
// createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), and drizzle/. The one look
// inside the database file finds the vote's row by its content (the voter id), never by a name.
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectStatus, hasText, seededRandom, startAppProcesses, tempDbFile, tryInsertCopy } from '#testkit';
import { HOUR, START, T0, benches, castMany, createPoll, expectPoll, expectVote, expectedPercents, results, start, vote } from './helpers.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('Task 1: Create and read polls', () => {
  it('POST /polls answers 201 with Location and the poll: options trimmed in order, open, closesAt as an ISO instant', async () => {
    const { api, dbFile } = await start();
    const res = await api.post('/polls', { json: { question: '  Colour of the new benches? ', options: [' Green', 'Red ', 'Natural wood'], closesAt: '2026-06-01T20:00:00+02:00' } });
    const poll = expectPoll(res, 201);
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/polls/${poll.id}`);
    expect(poll.options.map((o) => o.text), `${res.request}: options trimmed, in the order sent`).toEqual(['Green', 'Red', 'Natural wood']);
    expect({ ...poll, id: 0, options: [] }, `${res.request}: the poll`).toEqual({ id: 0, question: '  Colour of the new benches? ', options: [], status: 'open', closesAt: '2026-06-01T18:00:00.000Z', closedAt: null, createdAt: START });
    const ids = poll.options.map((o) => o.id);
    expect(ids.every((id) => Number.isInteger(id) && id > 0) && new Set(ids).size === 3, `${res.request}: option ids are distinct positive whole numbers, got ${JSON.stringify(ids)}`).toBe(true);
    expect(expectPoll(await api.get(`/polls/${poll.id}`)), `GET /polls/${poll.id}`).toEqual(poll);
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('closesAt is optional (null); unknown polls and ids that are not positive whole numbers answer 404', async () => {
    const { api } = await start();
    const poll = await benches(api);
    expect([poll.closesAt, poll.closedAt, poll.status], 'a poll created without closesAt: closesAt, closedAt, status').toEqual([null, null, 'open']);
    for (const id of ['999', 'abc', '0', '-1', '1.5', `${poll.id}x`]) expectApiError(await api.get(`/polls/${id}`), 404, 'not_found');
  });

  it('refuses a bad question, options or closesAt, unknown fields and arrays with 400 validation_failed, and creates nothing', async () => {
    const { api } = await start();
    const ok = { question: 'Q?', options: ['A', 'B'] };
    const bad: Array<[Record<string, unknown> | unknown[], string]> = [
      [{ options: ['A', 'B'] }, 'question'],
      [{ ...ok, question: '   ' }, 'question'],
      [{ ...ok, question: 'q'.repeat(201) }, 'question'],
      [{ ...ok, question: 7 }, 'question'],
      [{ question: 'Q?' }, 'options'],
      [{ ...ok, options: ['Only one'] }, 'options'],
      [{ ...ok, options: Array.from({ length: 11 }, (_, i) => `Option ${i}`) }, 'options'],
      [{ ...ok, options: 'A,B' }, 'options'],
      [{ ...ok, options: ['A', '   '] }, 'options'],
      [{ ...ok, options: ['A', 'b'.repeat(101)] }, 'options'],
      [{ ...ok, options: ['A', 2] }, 'options'],
      [{ ...ok, options: ['Red', ' red '] }, 'options'],
      [{ ...ok, closesAt: '2026-05-01T08:59:59.999Z' }, 'closesAt'],
      [{ ...ok, closesAt: START }, 'closesAt'],
      [{ ...ok, closesAt: '2026-06-01T18:00:00' }, 'closesAt'],
      [{ ...ok, closesAt: 'next friday' }, 'closesAt'],
      [{ ...ok, closesAt: T0 + HOUR }, 'closesAt'],
      [{ ...ok, status: 'closed' }, 'status'],
    ];
    for (const [body, field] of bad) expectInvalid(await api.post('/polls', { json: body }), field);
    expectApiError(await api.post('/polls', { json: [ok] }), 400, 'validation_failed');
    const list = await api.get('/polls');
    expect((list.json as { items: unknown[] }).items, 'GET /polls after only refused creates').toEqual([]);
  });

  it('accepts the limits: a 200-character question, 10 options, a 100-character option once trimmed, closesAt 1 ms after now()', async () => {
    const { api } = await start();
    const options = Array.from({ length: 9 }, (_, i) => `Option ${i}`).concat([`  ${'o'.repeat(100)}  `]);
    const poll = await createPoll(api, { question: 'q'.repeat(200), options, closesAt: iso(T0 + 1) });
    expect(poll.options.length, 'POST /polls with 10 options').toBe(10);
    expect(poll.options[9]!.text, 'a 100-character option with spaces around it').toBe('o'.repeat(100));
    expect(poll.closesAt, 'closesAt 1 ms after now()').toBe(iso(T0 + 1));
  });

  it('GET /polls lists every poll newest first; ?status=open and ?status=closed keep those; another status answers 400', async () => {
    const { api, clock } = await start();
    const a = await benches(api);
    const b = await benches(api, { question: 'Party date?', closesAt: iso(T0 + HOUR) });
    const c = await benches(api, { question: 'Dogs on the playground?' });
    expect(new Set([...a.options, ...b.options, ...c.options].map((o) => o.id)).size, 'option ids are distinct across polls').toBe(9);
    expectPoll(await api.post(`/polls/${a.id}/close`));
    clock.advance(HOUR);
    const all = await api.get('/polls');
    expectStatus(all, 200);
    const items = (all.json as { items: Array<{ id: number; status: string }> }).items;
    expect(items.map((p) => p.id), 'GET /polls: newest id first').toEqual([c.id, b.id, a.id]);
    expect(items.map((p) => p.status), 'GET /polls: statuses (a closed by hand, b past its closesAt)').toEqual(['open', 'closed', 'closed']);
    expect(((await api.get('/polls?status=open')).json as { items: Array<{ id: number }> }).items.map((p) => p.id), 'GET /polls?status=open').toEqual([c.id]);
    expect(((await api.get('/polls?status=closed')).json as { items: Array<{ id: number }> }).items.map((p) => p.id), 'GET /polls?status=closed').toEqual([b.id, a.id]);
    for (const q of ['status=OPEN', 'status=all', 'status=', 'status=open&status=closed']) expectInvalid(await api.get(`/polls?${q}`), 'status');
  });

  it('a restart on the same file keeps polls and votes', async () => {
    const first = await start();
    const poll = await benches(first.api);
    expectVote(await vote(first.api, poll.id, 'anna', poll.options[1]!.id), 201);
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(expectPoll(await second.api.get(`/polls/${poll.id}`)), 'GET /polls/:id after a restart').toEqual(poll);
    expect(expectVote(await second.api.get(`/polls/${poll.id}/votes/anna`), 200).optionId, 'the vote after a restart').toBe(poll.options[1]!.id);
  });
});

describe('Task 2: Vote once per voter', () => {
  it('the first PUT of a voter answers 201 with the vote; the same vote again answers 200 and keeps votedAt; GET reads it', async () => {
    const { api, clock } = await start();
    const poll = await benches(api);
    clock.advance(HOUR);
    const first = await vote(api, poll.id, 'anna-k', poll.options[1]!.id);
    expect(expectVote(first, 201), `${first.request}`).toEqual({ pollId: poll.id, voterId: 'anna-k', optionId: poll.options[1]!.id, votedAt: iso(T0 + HOUR) });
    clock.advance(HOUR);
    const again = await vote(api, poll.id, 'anna-k', poll.options[1]!.id);
    expect(expectVote(again, 200), `${again.request}: the same vote, unchanged`).toEqual(first.json);
    expect(expectVote(await api.get(`/polls/${poll.id}/votes/anna-k`), 200), `GET /polls/${poll.id}/votes/anna-k`).toEqual(first.json);
    expectApiError(await api.get(`/polls/${poll.id}/votes/bo`), 404, 'not_found');
  });

  it('voter ids are case-sensitive, up to 64 of A-Z a-z 0-9 _ -; anything else answers 400 validation_failed on voterId', async () => {
    const { api } = await start();
    const poll = await benches(api);
    const optionId = poll.options[0]!.id;
    expectVote(await vote(api, poll.id, 'Anna', optionId), 201);
    expectVote(await vote(api, poll.id, 'anna', optionId), 201);
    expectVote(await vote(api, poll.id, `${'x'.repeat(63)}_`, optionId), 201);
    expectVote(await vote(api, poll.id, 'A-9_z', optionId), 201);
    for (const voter of ['y'.repeat(65), 'anna%20k', 'anna.k', 'anna%40k', '%C3%A5sa', "x'--"]) {
      expectInvalid(await vote(api, poll.id, voter, optionId), 'voterId');
      expectInvalid(await api.get(`/polls/${poll.id}/votes/${voter}`), 'voterId');
    }
  });

  it('optionId must be a positive whole number of this poll: wrong types answer 400, another poll\'s option or an unknown one 422 unknown_option', async () => {
    const { api } = await start();
    const poll = await benches(api);
    const other = await benches(api, { question: 'Other?' });
    for (const optionId of [0, -1, 1.5, '1', null, true]) expectInvalid(await vote(api, poll.id, 'anna', optionId), 'optionId');
    expectInvalid(await api.put(`/polls/${poll.id}/votes/anna`, { json: {} }), 'optionId');
    expectInvalid(await api.put(`/polls/${poll.id}/votes/anna`, { json: { optionId: poll.options[0]!.id, weight: 2 } }), 'weight');
    expectApiError(await vote(api, poll.id, 'anna', other.options[0]!.id), 422, 'unknown_option');
    expectApiError(await vote(api, poll.id, 'anna', 99_999), 422, 'unknown_option');
    expectApiError(await api.get(`/polls/${poll.id}/votes/anna`), 404, 'not_found');
    expectApiError(await vote(api, 999, 'anna', poll.options[0]!.id), 404, 'not_found');
  });

  it('a vote body that is not JSON answers 415, broken JSON 400 invalid_json, before anything else', async () => {
    const { api } = await start();
    const poll = await benches(api);
    expectApiError(await api.put(`/polls/${poll.id}/votes/anna`, { body: 'optionId=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.put(`/polls/${poll.id}/votes/anna`, { body: '{"optionId": ', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.put('/polls/999/votes/anna', { body: '{"optionId": ', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.get(`/polls/${poll.id}/votes/anna`), 404, 'not_found');
  });

  it('the database refuses a second row for the same poll and voter, written with plain SQL', async () => {
    const { api, dbFile } = await start();
    const poll = await benches(api);
    expectVote(await vote(api, poll.id, 'voter-copy-me', poll.options[0]!.id), 201);
    await api.close();
    // An exact copy (a single integer key moved): only a unique rule on (poll, voter) can refuse it.
    const code = tryInsertCopy(dbFile, hasText('voter-copy-me'));
    expect(code ?? 'accepted', 'a plain SQL INSERT of a second vote row for the same poll and voter should be refused by a UNIQUE index or the primary key').toMatch(/^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/);
  });
});

describe('Task 3: Change and withdraw votes', () => {
  it('a PUT with another option changes the vote (200, votedAt now()); the same option again keeps votedAt', async () => {
    const { api, clock } = await start();
    const poll = await benches(api);
    expectVote(await vote(api, poll.id, 'anna', poll.options[0]!.id), 201);
    clock.advance(HOUR);
    const changed = await vote(api, poll.id, 'anna', poll.options[2]!.id);
    expect(expectVote(changed, 200), `${changed.request}`).toEqual({ pollId: poll.id, voterId: 'anna', optionId: poll.options[2]!.id, votedAt: iso(T0 + HOUR) });
    clock.advance(HOUR);
    expect(expectVote(await vote(api, poll.id, 'anna', poll.options[2]!.id), 200).votedAt, 'the same option again: votedAt stays').toBe(iso(T0 + HOUR));
    expect(expectVote(await api.get(`/polls/${poll.id}/votes/anna`), 200).optionId, 'GET the vote after the change').toBe(poll.options[2]!.id);
  });

  it('DELETE withdraws a vote (204); the voter may vote again (201); withdrawing a missing vote answers 404', async () => {
    const { api } = await start();
    const poll = await benches(api);
    expectVote(await vote(api, poll.id, 'anna', poll.options[0]!.id), 201);
    expectStatus(await api.delete(`/polls/${poll.id}/votes/anna`), 204);
    expectApiError(await api.get(`/polls/${poll.id}/votes/anna`), 404, 'not_found');
    expectApiError(await api.delete(`/polls/${poll.id}/votes/anna`), 404, 'not_found');
    expectApiError(await api.delete(`/polls/${poll.id}/votes/nobody`), 404, 'not_found');
    expectApiError(await api.delete(`/polls/999/votes/anna`), 404, 'not_found');
    expectInvalid(await api.delete(`/polls/${poll.id}/votes/not.valid`), 'voterId');
    expectVote(await vote(api, poll.id, 'anna', poll.options[1]!.id), 201);
  });
});

describe('Task 4: Close polls', () => {
  it('POST /polls/:id/close closes the poll (closedAt now()); closing again answers 409; votes, changes and withdrawals then answer 409 poll_closed', async () => {
    const { api, clock } = await start();
    const poll = await benches(api);
    expectVote(await vote(api, poll.id, 'anna', poll.options[0]!.id), 201);
    clock.advance(HOUR);
    const closed = expectPoll(await api.post(`/polls/${poll.id}/close`));
    expect(closed, 'POST /polls/:id/close').toEqual({ ...poll, status: 'closed', closedAt: iso(T0 + HOUR) });
    expectApiError(await api.post(`/polls/${poll.id}/close`), 409, 'poll_closed');
    expectApiError(await vote(api, poll.id, 'bo', poll.options[0]!.id), 409, 'poll_closed');
    expectApiError(await vote(api, poll.id, 'anna', poll.options[1]!.id), 409, 'poll_closed');
    expectApiError(await api.delete(`/polls/${poll.id}/votes/anna`), 409, 'poll_closed');
    expect(expectVote(await api.get(`/polls/${poll.id}/votes/anna`), 200).optionId, 'the vote after refused changes: still readable, unchanged').toBe(poll.options[0]!.id);
    expectApiError(await api.get(`/polls/${poll.id}/votes/bo`), 404, 'not_found');
    expectApiError(await api.post('/polls/999/close'), 404, 'not_found');
  });

  it('a poll closes by itself when now() reaches closesAt: closedAt is closesAt', async () => {
    const { api, clock } = await start();
    const poll = await benches(api, { closesAt: iso(T0 + 2 * HOUR) });
    clock.advance(2 * HOUR - 1);
    expectVote(await vote(api, poll.id, 'early', poll.options[0]!.id), 201);
    expect(expectPoll(await api.get(`/polls/${poll.id}`)).status, '1 ms before closesAt').toBe('open');
    clock.advance(1);
    const closed = expectPoll(await api.get(`/polls/${poll.id}`));
    expect([closed.status, closed.closedAt], 'at exactly closesAt: status and closedAt').toEqual(['closed', iso(T0 + 2 * HOUR)]);
    expectApiError(await vote(api, poll.id, 'late', poll.options[0]!.id), 409, 'poll_closed');
    expectApiError(await vote(api, poll.id, 'early', poll.options[1]!.id), 409, 'poll_closed');
    expectApiError(await api.delete(`/polls/${poll.id}/votes/early`), 409, 'poll_closed');
    expectApiError(await api.post(`/polls/${poll.id}/close`), 409, 'poll_closed');
    clock.advance(HOUR);
    expect(expectPoll(await api.get(`/polls/${poll.id}`)).closedAt, 'closedAt an hour later').toBe(iso(T0 + 2 * HOUR));
  });

  it('a poll closed by hand before its closesAt keeps the moment it was closed', async () => {
    const { api, clock } = await start();
    const poll = await benches(api, { closesAt: iso(T0 + 5 * HOUR) });
    clock.advance(HOUR);
    expectPoll(await api.post(`/polls/${poll.id}/close`));
    clock.advance(10 * HOUR);
    expect(expectPoll(await api.get(`/polls/${poll.id}`)).closedAt, 'closedAt after closesAt has passed too').toBe(iso(T0 + HOUR));
  });

  it('checks come in the order of the spec: 404 poll, then 400, then 409 poll_closed, then 422 or 404 vote', async () => {
    const { api } = await start();
    const open = await benches(api);
    const closed = await benches(api, { question: 'Closed?' });
    expectPoll(await api.post(`/polls/${closed.id}/close`));
    expectApiError(await vote(api, 999, 'anna', 'x'), 404, 'not_found');
    expectApiError(await vote(api, 999, 'not.valid', 1), 404, 'not_found');
    expectInvalid(await vote(api, closed.id, 'anna', 'x'), 'optionId');
    expectInvalid(await vote(api, closed.id, 'not.valid', closed.options[0]!.id), 'voterId');
    expectApiError(await vote(api, closed.id, 'anna', 99_999), 409, 'poll_closed');
    expectApiError(await vote(api, closed.id, 'anna', open.options[0]!.id), 409, 'poll_closed');
    expectApiError(await vote(api, open.id, 'anna', closed.options[0]!.id), 422, 'unknown_option');
    expectApiError(await api.delete(`/polls/${closed.id}/votes/nobody`), 409, 'poll_closed');
    expectInvalid(await api.delete(`/polls/${closed.id}/votes/not.valid`), 'voterId');
  });
});

describe('Task 5: Count the results', () => {
  it('the example of the spec: 3, 2 and 2 votes give 43, 29 and 28', async () => {
    const { api } = await start();
    const poll = await benches(api);
    await castMany(api, poll, [3, 2, 2]);
    const body = await results(api, poll.id);
    expect(body, `GET /polls/${poll.id}/results`).toEqual({
      pollId: poll.id,
      status: 'open',
      totalVotes: 7,
      options: [
        { id: poll.options[0]!.id, text: 'Green', votes: 3, percent: 43 },
        { id: poll.options[1]!.id, text: 'Red', votes: 2, percent: 29 },
        { id: poll.options[2]!.id, text: 'Natural wood', votes: 2, percent: 28 },
      ],
    });
  });

  it('with no votes every option is listed with 0 votes and 0 percent', async () => {
    const { api } = await start();
    const poll = await benches(api);
    const body = await results(api, poll.id);
    expect([body.totalVotes, body.options.map((o) => [o.text, o.votes, o.percent])], 'results of a poll without votes').toEqual([0, [['Green', 0, 0], ['Red', 0, 0], ['Natural wood', 0, 0]]]);
    expectApiError(await api.get('/polls/999/results'), 404, 'not_found');
  });

  it('between equal remainders the option with more votes gets the point first, then the earlier option', async () => {
    const { api } = await start();
    const poll = await createPoll(api, { question: 'Tie?', options: ['A', 'B', 'C'] });
    await castMany(api, poll, [1, 1, 4]);
    expect((await results(api, poll.id)).options.map((o) => o.percent), '1, 1 and 4 votes (remainders all 4 of 6)').toEqual([17, 16, 67]);
    const second = await createPoll(api, { question: 'Tie 2?', options: ['A', 'B', 'C', 'D'] });
    await castMany(api, second, [0, 1, 1, 1]);
    expect((await results(api, second.id)).options.map((o) => o.percent), '0, 1, 1 and 1 votes').toEqual([0, 34, 33, 33]);
    const seven = await createPoll(api, { question: 'Seven?', options: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] });
    await castMany(api, seven, [1, 1, 1, 1, 1, 1, 1]);
    expect((await results(api, seven.id)).options.map((o) => o.percent), 'one vote for each of seven options: the two missing points go to the first two').toEqual([15, 15, 14, 14, 14, 14, 14]);
  });

  it('a poll closed by its deadline shows closed results that keep the votes cast before it; a single vote gives its option 100', async () => {
    const { api, clock } = await start();
    const poll = await benches(api, { closesAt: iso(T0 + HOUR) });
    expectVote(await vote(api, poll.id, 'only', poll.options[1]!.id), 201);
    clock.advance(HOUR);
    expectApiError(await vote(api, poll.id, 'late', poll.options[0]!.id), 409, 'poll_closed');
    const body = await results(api, poll.id);
    expect([body.status, body.totalVotes, body.options.map((o) => o.percent)], 'results at closesAt: status, total, percents').toEqual(['closed', 1, [0, 100, 0]]);
  });

  it('percentages are whole numbers that always sum to exactly 100 (many seeded tallies)', async () => {
    const { api } = await start();
    const random = seededRandom(38);
    for (let round = 0; round < 6; round += 1) {
      const size = 2 + Math.floor(random() * 5);
      const poll = await createPoll(api, { question: `Round ${round}?`, options: Array.from({ length: size }, (_, i) => `Option ${i}`) });
      const counts = Array.from({ length: size }, () => Math.floor(random() * 4));
      if (!counts.some((n) => n > 0)) counts[0] = 1;
      let voter = 0;
      for (const [i, n] of counts.entries()) {
        for (let k = 0; k < n; k += 1) expectStatus(await vote(api, poll.id, `r${round}v${voter++}`, poll.options[i]!.id), 201);
      }
      const body = await results(api, poll.id);
      expect(body.options.map((o) => o.votes), `round ${round}: votes per option`).toEqual(counts);
      expect(body.options.map((o) => o.percent), `round ${round}: percents of ${JSON.stringify(counts)} by the largest remainder method`).toEqual(expectedPercents(counts));
    }
  });

  it('results count the current votes only (after changes and withdrawals) and show the poll\'s status', async () => {
    const { api } = await start();
    const poll = await benches(api);
    await castMany(api, poll, [2, 1, 1]);
    expectVote(await vote(api, poll.id, 'v0', poll.options[2]!.id), 200);
    expectStatus(await api.delete(`/polls/${poll.id}/votes/v1`), 204);
    expectPoll(await api.post(`/polls/${poll.id}/close`));
    const body = await results(api, poll.id);
    expect([body.status, body.totalVotes, body.options.map((o) => o.votes), body.options.map((o) => o.percent)], 'results: status, total, votes and percents').toEqual(['closed', 3, [0, 1, 2], [0, 33, 67]]);
  });
});

describe('Task 6: Hold up under concurrent votes', () => {
  it('each voter sending the same first vote to four app processes at once is counted once: one 201, the rest 200, no 5xx', async () => {
    const dbFile = tempDbFile();
    const first = await start({ dbFile });
    const poll = await benches(first.api);
    await first.api.close();
    const { apps, stderr } = await startAppProcesses(4, { options: { dbFile }, start: START });
    // Each voter's first vote goes to every process twice at once: eight requests race to insert it.
    const voters = Array.from({ length: 24 }, (_, i) => `racer-${i}`);
    const sent = voters.flatMap((voter, i) => [...apps, ...apps].map((app) => ({ voter, res: app.put(`/polls/${poll.id}/votes/${voter}`, { json: { optionId: poll.options[i % 3]!.id }, timeoutMs: 30_000 }) })));
    const answers = await Promise.all(sent.map(async ({ voter, res }) => ({ voter, status: (await res).status, text: (await res).text })));
    const wrong = answers.filter((a) => a.status !== 200 && a.status !== 201);
    expect(wrong.map((a) => `${a.voter}: ${a.status} ${a.text.slice(0, 100)}`), `192 PUTs (each of 24 voters twice to all four processes, all at once) should answer 200 or 201. Server stderr:\n${stderr().slice(-600)}`).toEqual([]);
    const created = voters.filter((voter) => answers.filter((a) => a.voter === voter && a.status === 201).length !== 1);
    expect(created, 'voters whose eight identical first votes did not get exactly one 201 (the first) and seven 200s').toEqual([]);
    const body = await results(apps[0]!, poll.id);
    expect([body.totalVotes, body.options.map((o) => o.votes)], 'results after the race: 24 voters, 8 per option').toEqual([24, [8, 8, 8]]);
  }, 60_000);

  it('votes changed and withdrawn from four processes at once are never lost or doubled', async () => {
    const dbFile = tempDbFile();
    const first = await start({ dbFile });
    const poll = await benches(first.api);
    await castMany(first.api, poll, [20, 0, 0]);
    await first.api.close();
    const { apps, stderr } = await startAppProcesses(4, { options: { dbFile }, start: START });
    // Voters v0..v9 move to Red, v10..v14 withdraw, v15..v19 stay; 20 newcomers vote Natural wood.
    const requests = [
      ...Array.from({ length: 10 }, (_, i) => apps[i % 4]!.put(`/polls/${poll.id}/votes/v${i}`, { json: { optionId: poll.options[1]!.id }, timeoutMs: 30_000 })),
      ...Array.from({ length: 5 }, (_, i) => apps[(i + 1) % 4]!.delete(`/polls/${poll.id}/votes/v${10 + i}`, { timeoutMs: 30_000 })),
      ...Array.from({ length: 20 }, (_, i) => apps[(i + 2) % 4]!.put(`/polls/${poll.id}/votes/new${i}`, { json: { optionId: poll.options[2]!.id }, timeoutMs: 30_000 })),
    ];
    const answers = await Promise.all(requests);
    expect(answers.filter((r) => r.status >= 500).map((r) => `${r.request}: ${r.status}`), `no 5xx. Server stderr:\n${stderr().slice(-600)}`).toEqual([]);
    expect(answers.map((r) => r.status).sort(), '10 changes (200), 5 withdrawals (204), 20 first votes (201)').toEqual([...new Array<number>(10).fill(200), ...new Array<number>(20).fill(201), ...new Array<number>(5).fill(204)].sort());
    const body = await results(apps[3]!, poll.id);
    expect([body.totalVotes, body.options.map((o) => o.votes)], 'results after the race').toEqual([35, [5, 10, 20]]);
  }, 60_000);

  it('wrong methods answer 405 with Allow, unknown paths 404, and hostile input never gets a 5xx', async () => {
    const { api } = await start();
    const poll = await benches(api);
    expectVote(await vote(api, poll.id, 'anna', poll.options[0]!.id), 201);
    expectAllow(await api.delete(`/polls/${poll.id}`), ['GET']);
    expectAllow(await api.post(`/polls/${poll.id}/votes/anna`, { json: { optionId: 1 } }), ['GET', 'PUT', 'DELETE']);
    expectAllow(await api.get(`/polls/${poll.id}/close`), ['POST']);
    expectAllow(await api.put('/polls', { json: {} }), ['GET', 'POST']);
    expectAllow(await api.post(`/polls/${poll.id}/results`), ['GET']);
    expectApiError(await api.get(`/polls/${poll.id}/votes`), 404, 'not_found');
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/polls', body: { question: 'Probe?', options: ['A', 'B'], closesAt: iso(T0 + HOUR) } },
        { method: 'GET', path: '/polls', query: ['status'] },
        { method: 'GET', path: '/polls/:id' },
        { method: 'POST', path: '/polls/:id/close' },
        { method: 'GET', path: '/polls/:id/results' },
        { method: 'PUT', path: '/polls/:id/votes/:voter', body: { optionId: poll.options[1]!.id } },
        { method: 'GET', path: '/polls/:id/votes/:voter' },
        { method: 'DELETE', path: '/polls/:id/votes/:voter' },
      ],
      { params: { id: String(poll.id), voter: 'anna' } },
    );
  });
});
