// GET /notes/search: validation, the query language, and one ranked query on search_index.
import { sql } from 'drizzle-orm';
import type { Request, Response } from 'express';
import type { Db } from '../db/client.js';
import { HttpError } from '../errors.js';
import { parseQuery } from './query-language.js';

interface Hit {
  id: number;
  title: string;
  snippet: string;
}

function refuse(field: string, message: string): HttpError {
  return new HttpError(400, 'validation_failed', `${field}: ${message}`, [{ field, message }]);
}

function readLimit(raw: unknown): number {
  if (raw === undefined) return 20;
  if (typeof raw !== 'string' || !/^[0-9]+$/.test(raw)) throw refuse('limit', 'must be digits');
  const value = Number(raw);
  if (value < 1 || value > 50) throw refuse('limit', 'must be from 1 to 50');
  return value;
}

function readQ(raw: unknown): string {
  if (typeof raw !== 'string') throw refuse('q', 'is required, once');
  if (raw.length === 0 || raw.length > 200) throw refuse('q', 'must be 1 to 200 characters');
  if (raw.includes('\0')) throw refuse('q', 'must not contain NUL');
  return raw;
}

export function searchHandler(db: Db) {
  return (req: Request, res: Response): void => {
    const q = readQ(req.query.q);
    const limit = readLimit(req.query.limit);
    const parsed = parseQuery(q);
    if (parsed.kind === 'unbalanced') throw refuse('q', 'has an unpaired "');
    if (parsed.kind === 'empty') throw refuse('q', 'has nothing to search for');
    // `rank` is bm25(10.0, 1.0): the migration stored that as the table's rank setting.
    const items = db.all<Hit>(sql`
      SELECT n.id AS id, n.title AS title, snippet(search_index, 1, '[', ']', '…', 10) AS snippet
      FROM search_index JOIN notes AS n ON n.id = search_index.rowid
      WHERE search_index MATCH ${parsed.expression}
      ORDER BY rank ASC, n.id ASC
      LIMIT ${limit}
    `);
    res.json({ items });
  };
}
