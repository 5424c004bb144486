// Shared by the p38 suite: starting an app on a temporary database, the shapes the Interface
// promises, and calls that must succeed.
import { expect } from 'vitest';
import { expectStatus, startDbApp, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface PollJson {
  id: number;
  question: string;
  options: Array<{ id: number; text: string }>;
  status: 'open' | 'closed';
  closesAt: string | null;
  closedAt: string | null;
  createdAt: string;
}

export interface VoteJson {
  pollId: number;
  voterId: string;
  optionId: number;
  votedAt: string;
}

export interface ResultsJson {
  pollId: number;
  status: 'open' | 'closed';
  totalVotes: number;
  options: Array<{ id: number; text: string; votes: number; percent: number }>;
}

export const POLL_FIELDS = ['closedAt', 'closesAt', 'createdAt', 'id', 'options', 'question', 'status'];
export const VOTE_FIELDS = ['optionId', 'pollId', 'votedAt', 'voterId'];
export const START = '2026-05-01T09:00:00.000Z';
export const T0 = Date.parse(START);
export const HOUR = 3_600_000;

export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<StartedDbApp> {
  return startDbApp({ ...options, start: START });
}

function expectFields(res: HttpResponse, value: unknown, what: string, fields: string[]): void {
  expect(value, `${res.request}: ${what} should be an object, got ${res.text.slice(0, 300)}`).toBeTypeOf('object');
  expect(Object.keys(value ?? {}).sort(), `${res.request}: ${what} has exactly the fields ${fields.join(', ')}`).toEqual(fields);
}

export function expectPoll(res: HttpResponse, status = 200): PollJson {
  expectStatus(res, status);
  expectFields(res, res.json, 'a poll', POLL_FIELDS);
  const poll = res.json as PollJson;
  for (const option of poll.options) expectFields(res, option, 'each option', ['id', 'text']);
  return poll;
}

export function expectVote(res: HttpResponse, status: number): VoteJson {
  expectStatus(res, status);
  expectFields(res, res.json, 'a vote', VOTE_FIELDS);
  return res.json as VoteJson;
}

export async function createPoll(api: TestServer, body: Record<string, unknown>): Promise<PollJson> {
  return expectPoll(await api.post('/polls', { json: body }), 201);
}

export function benches(api: TestServer, extra: Record<string, unknown> = {}): Promise<PollJson> {
  return createPoll(api, { question: 'Colour of the new benches?', options: ['Green', 'Red', 'Natural wood'], ...extra });
}

export function vote(api: TestServer, pollId: number, voterId: string, optionId: unknown): Promise<HttpResponse> {
  return api.put(`/polls/${pollId}/votes/${voterId}`, { json: { optionId } });
}

export async function results(api: TestServer, pollId: number): Promise<ResultsJson> {
  const res = await api.get(`/polls/${pollId}/results`);
  expectStatus(res, 200);
  expectFields(res, res.json, 'the results', ['options', 'pollId', 'status', 'totalVotes']);
  const body = res.json as ResultsJson;
  for (const option of body.options) expectFields(res, option, 'each option of the results', ['id', 'percent', 'text', 'votes']);
  return body;
}

/** Casts `counts[i]` votes for option i, from voters v0, v1, ... */
export async function castMany(api: TestServer, poll: PollJson, counts: number[]): Promise<void> {
  let voter = 0;
  for (const [i, n] of counts.entries()) {
    for (let k = 0; k < n; k += 1) expectStatus(await vote(api, poll.id, `v${voter++}`, poll.options[i]!.id), 201);
  }
}

/** The largest remainder method, written from SPEC.md's words. */
export function expectedPercents(votes: number[]): number[] {
  const total = votes.reduce((a, b) => a + b, 0);
  if (total === 0) return votes.map(() => 0);
  const percents = votes.map((v) => Math.floor((v * 100) / total));
  const order = votes.map((v, i) => ({ i, v, r: (v * 100) % total })).sort((a, b) => b.r - a.r || b.v - a.v || a.i - b.i);
  let missing = 100 - percents.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (missing-- <= 0) break;
    percents[i]! += 1;
  }
  return percents;
}
