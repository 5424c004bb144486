// HTTP for the ballot box: input rules, then the store, then the JSON of SPEC.md.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { BallotBox, closedAtMs, hamilton, type Ballot, type Mark } from './ballot-box.js';
import { HttpError, methodNotAllowed } from './errors.js';
import { jsonBody } from './json-body.js';

const fail = (field: string, message: string) => new HttpError(400, 'validation_failed', `${field} ${message}`, [{ field, message }]);

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const details = r.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => ({ field: k, message: 'unexpected' })) : [{ field: String(i.path[0] ?? 'body'), message: i.message }]));
  throw new HttpError(400, 'validation_failed', 'Invalid input.', details);
}

const label = z.string().trim().min(1).max(100);
const newPoll = z.strictObject({
  question: z.string().min(1).max(200).refine((q) => /\S/.test(q)),
  options: z.array(label).min(2).max(10).refine((l) => new Set(l.map((x) => x.toLowerCase())).size === l.length),
  closesAt: z.string().nullable().optional(),
});

function deadline(raw: string | null | undefined, nowMs: number): number | null {
  if (raw === undefined || raw === null) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(raw)) throw fail('closesAt', 'must be an ISO instant with a zone');
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) throw fail('closesAt', 'is not a date');
  if (ms <= nowMs) throw fail('closesAt', 'must be later than now');
  return ms;
}

const pollJson = (b: Ballot, nowMs: number) => {
  const shut = closedAtMs(b, nowMs);
  return {
    id: b.id,
    question: b.prompt,
    options: b.choices.map((c) => ({ id: c.id, text: c.label })),
    status: shut === null ? 'open' : 'closed',
    closesAt: b.deadlineMs === null ? null : new Date(b.deadlineMs).toISOString(),
    closedAt: shut === null ? null : new Date(shut).toISOString(),
    createdAt: new Date(b.madeMs).toISOString(),
  };
};
const markJson = (m: Mark) => ({ pollId: m.ballotId, voterId: m.voter, optionId: m.choiceId, votedAt: new Date(m.markedMs).toISOString() });

const noPoll = () => new HttpError(404, 'not_found', 'No such poll.');
const closed = () => new HttpError(409, 'poll_closed', 'The poll is closed.');

export function web(box: BallotBox, now: () => Date): Router {
  const r = Router();
  const ms = () => now().getTime();
  const ballotOf = (req: Request): Ballot => {
    const raw = String(req.params.id);
    const b = /^[1-9][0-9]{0,12}$/.test(raw) ? box.get(Number(raw)) : undefined;
    if (!b) throw noPoll();
    return b;
  };
  const voterOf = (req: Request): string => {
    const v = String(req.params.voterId);
    if (!/^[\w-]{1,64}$/.test(v)) throw fail('voterId', 'must be 1 to 64 of A-Z a-z 0-9 _ -');
    return v;
  };

  r.route('/polls')
    .post(jsonBody, (req: Request, res: Response) => {
      const nowMs = ms();
      const body = parse(newPoll, req.body);
      const b = box.make(body.question, body.options, deadline(body.closesAt, nowMs), nowMs);
      res.status(201).set('Location', `/polls/${b.id}`).json(pollJson(b, nowMs));
    })
    .get((req: Request, res: Response) => {
      const { status } = parse(z.object({ status: z.enum(['open', 'closed']).optional() }), req.query);
      const nowMs = ms();
      const items = box.all().map((b) => pollJson(b, nowMs)).filter((p) => !status || p.status === status);
      res.json({ items });
    })
    .all(methodNotAllowed(['GET', 'POST']));

  r.route('/polls/:id')
    .get((req: Request, res: Response) => {
      res.json(pollJson(ballotOf(req), ms()));
    })
    .all(methodNotAllowed(['GET']));

  r.route('/polls/:id/close')
    .post((req: Request, res: Response) => {
      const out = box.shut(ballotOf(req).id, ms());
      if (!out.ok) throw out.why === 'closed' ? closed() : noPoll();
      res.json(pollJson(out.value, ms()));
    })
    .all(methodNotAllowed(['POST']));

  r.route('/polls/:id/results')
    .get((req: Request, res: Response) => {
      const b = ballotOf(req);
      const counts = box.counts(b.id);
      const votes = b.choices.map((c) => counts.get(c.id) ?? 0);
      const pct = hamilton(votes);
      res.json({
        pollId: b.id,
        status: closedAtMs(b, ms()) === null ? 'open' : 'closed',
        totalVotes: votes.reduce((a, v) => a + v, 0),
        options: b.choices.map((c, i) => ({ id: c.id, text: c.label, votes: votes[i], percent: pct[i] })),
      });
    })
    .all(methodNotAllowed(['GET']));

  r.route('/polls/:id/votes/:voterId')
    .put(jsonBody, (req: Request, res: Response) => {
      const b = ballotOf(req);
      const { optionId } = parse(z.strictObject({ optionId: z.number().int().min(1) }), req.body);
      const voter = voterOf(req);
      const out = box.cast(b.id, voter, optionId, ms());
      if (!out.ok) throw out.why === 'closed' ? closed() : out.why === 'unknown_option' ? new HttpError(422, 'unknown_option', 'Not an option of this poll.') : noPoll();
      res.status(out.fresh ? 201 : 200).json(markJson(out.value));
    })
    .get((req: Request, res: Response) => {
      const b = ballotOf(req);
      const m = box.mark(b.id, voterOf(req));
      if (!m) throw new HttpError(404, 'not_found', 'No vote.');
      res.json(markJson(m));
    })
    .delete((req: Request, res: Response) => {
      const b = ballotOf(req);
      const out = box.unmark(b.id, voterOf(req), ms());
      if (!out.ok) throw out.why === 'closed' ? closed() : new HttpError(404, 'not_found', 'No vote.');
      res.sendStatus(204);
    })
    .all(methodNotAllowed(['GET', 'PUT', 'DELETE']));
  return r;
}
