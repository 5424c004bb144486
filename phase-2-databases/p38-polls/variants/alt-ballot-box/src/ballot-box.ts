// Every query of the polls API in one class. Times are epoch milliseconds.
import { sql } from 'drizzle-orm';
import type { Db } from './db/client.js';

export interface Ballot {
  id: number;
  prompt: string;
  deadlineMs: number | null;
  shutMs: number | null;
  madeMs: number;
  choices: Array<{ id: number; label: string }>;
}

export interface Mark {
  ballotId: number;
  voter: string;
  choiceId: number;
  markedMs: number;
}

type Outcome<T> = { ok: true; value: T; fresh?: boolean } | { ok: false; why: 'no_poll' | 'closed' | 'unknown_option' | 'no_vote' };

export function closedAtMs(b: Ballot, nowMs: number): number | null {
  const candidates = [b.shutMs, b.deadlineMs !== null && b.deadlineMs <= nowMs ? b.deadlineMs : null].filter((x): x is number => x !== null);
  return candidates.length === 0 ? null : Math.min(...candidates);
}

export class BallotBox {
  constructor(private readonly db: Db) {}

  make(prompt: string, labels: string[], deadlineMs: number | null, nowMs: number): Ballot {
    return this.db.transaction(() => {
      const { id } = this.db.get<{ id: number }>(sql`INSERT INTO ballots (prompt, deadline_ms, made_ms) VALUES (${prompt}, ${deadlineMs}, ${nowMs}) RETURNING id`)!;
      labels.forEach((label, rank) => this.db.run(sql`INSERT INTO choices (ballot_id, label, rank) VALUES (${id}, ${label}, ${rank})`));
      return this.get(id)!;
    });
  }

  get(id: number): Ballot | undefined {
    const row = this.db.get<{ id: number; prompt: string; deadline_ms: number | null; shut_ms: number | null; made_ms: number } | undefined>(sql`SELECT * FROM ballots WHERE id = ${id}`);
    if (!row) return undefined;
    const choices = this.db.all<{ id: number; label: string }>(sql`SELECT id, label FROM choices WHERE ballot_id = ${id} ORDER BY rank`);
    return { id: row.id, prompt: row.prompt, deadlineMs: row.deadline_ms, shutMs: row.shut_ms, madeMs: row.made_ms, choices };
  }

  all(): Ballot[] {
    return this.db.all<{ id: number }>(sql`SELECT id FROM ballots ORDER BY id DESC`).map(({ id }) => this.get(id)!);
  }

  shut(id: number, nowMs: number): Outcome<Ballot> {
    return this.db.transaction(
      () => {
        const b = this.get(id);
        if (!b) return { ok: false, why: 'no_poll' } as const;
        if (closedAtMs(b, nowMs) !== null) return { ok: false, why: 'closed' } as const;
        this.db.run(sql`UPDATE ballots SET shut_ms = ${nowMs} WHERE id = ${id}`);
        return { ok: true, value: this.get(id)! } as const;
      },
      { behavior: 'immediate' },
    );
  }

  mark(ballotId: number, voter: string): Mark | undefined {
    const r = this.db.get<{ ballot_id: number; voter: string; choice_id: number; marked_ms: number } | undefined>(sql`SELECT * FROM marks WHERE ballot_id = ${ballotId} AND voter = ${voter}`);
    return r && { ballotId: r.ballot_id, voter: r.voter, choiceId: r.choice_id, markedMs: r.marked_ms };
  }

  /** Read, then write, under BEGIN IMMEDIATE: no other process writes between the two. */
  cast(ballotId: number, voter: string, choiceId: number, nowMs: number): Outcome<Mark> {
    return this.db.transaction(
      () => {
        const b = this.get(ballotId);
        if (!b) return { ok: false, why: 'no_poll' } as const;
        if (closedAtMs(b, nowMs) !== null) return { ok: false, why: 'closed' } as const;
        if (!b.choices.some((c) => c.id === choiceId)) return { ok: false, why: 'unknown_option' } as const;
        const before = this.mark(ballotId, voter);
        if (!before) {
          this.db.run(sql`INSERT INTO marks (ballot_id, voter, choice_id, marked_ms) VALUES (${ballotId}, ${voter}, ${choiceId}, ${nowMs})`);
          return { ok: true, value: this.mark(ballotId, voter)!, fresh: true } as const;
        }
        if (before.choiceId !== choiceId) this.db.run(sql`UPDATE marks SET choice_id = ${choiceId}, marked_ms = ${nowMs} WHERE ballot_id = ${ballotId} AND voter = ${voter}`);
        return { ok: true, value: this.mark(ballotId, voter)!, fresh: false } as const;
      },
      { behavior: 'immediate' },
    );
  }

  unmark(ballotId: number, voter: string, nowMs: number): Outcome<null> {
    return this.db.transaction(
      () => {
        const b = this.get(ballotId);
        if (!b) return { ok: false, why: 'no_poll' } as const;
        if (closedAtMs(b, nowMs) !== null) return { ok: false, why: 'closed' } as const;
        const gone = this.db.run(sql`DELETE FROM marks WHERE ballot_id = ${ballotId} AND voter = ${voter}`);
        return gone.changes === 0 ? ({ ok: false, why: 'no_vote' } as const) : ({ ok: true, value: null } as const);
      },
      { behavior: 'immediate' },
    );
  }

  counts(ballotId: number): Map<number, number> {
    const rows = this.db.all<{ choice_id: number; n: number }>(sql`SELECT choice_id, count(*) AS n FROM marks WHERE ballot_id = ${ballotId} GROUP BY choice_id`);
    return new Map(rows.map((r) => [r.choice_id, r.n]));
  }
}

/** Largest remainder: floors, then the missing points to the largest remainders. */
export function hamilton(votes: number[]): number[] {
  const total = votes.reduce((a, b) => a + b, 0);
  const out = votes.map((v) => (total === 0 ? 0 : Math.floor((100 * v) / total)));
  if (total === 0) return out;
  const queue = votes.map((v, i) => [(100 * v) % total, v, -i] as const).sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  for (let k = 0, missing = 100 - out.reduce((a, b) => a + b, 0); k < missing; k += 1) out[-queue[k]![2]]! += 1;
  return out;
}
