// Quotes API, written from the SPEC alone: hand-written validation instead of zod, a small
// QuoteBook class for the data, and another seeded generator (cyrb53 + sfc32).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Express, type Request, type Response } from 'express';
import { errorHandler, HttpError, methodNotAllowed, notFound, validationFailed, type FieldProblem } from './errors.js';

export interface Quote {
  id: number;
  text: string;
  author: string;
  tags: string[];
}

export interface AppOptions {
  quotes?: Quote[];
  dataFile?: string;
  random?: () => number;
  now?: () => Date;
}

const DATA_FILE = fileURLToPath(new URL('../data/quotes.json', import.meta.url));

const hasText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function checkQuotes(data: unknown, where: string): Quote[] {
  if (!Array.isArray(data)) throw new Error(`${where}: expected an array of quotes`);
  const ids = new Set<number>();
  const clean: Quote[] = [];
  data.forEach((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new Error(`${where}: entry ${index} is not an object`);
    const { id, text, author, tags } = entry as Record<string, unknown>;
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) throw new Error(`${where}: entry ${index} has a bad id`);
    if (!hasText(text) || !hasText(author)) throw new Error(`${where}: entry ${index} needs text and author`);
    if (!Array.isArray(tags) || !tags.every(hasText)) throw new Error(`${where}: entry ${index} has bad tags`);
    if (ids.has(id)) throw new Error(`${where}: id ${id} appears twice`);
    ids.add(id);
    clean.push({ id, text, author, tags: [...tags] });
  });
  return clean.sort((a, b) => a.id - b.id);
}

class QuoteBook {
  readonly all: Quote[];
  private readonly index: Map<number, Quote>;
  constructor(quotes: Quote[]) {
    this.all = quotes;
    this.index = new Map(quotes.map((quote) => [quote.id, quote]));
  }
  static from(options: AppOptions): QuoteBook {
    if (options.quotes) return new QuoteBook(checkQuotes(options.quotes, 'options.quotes'));
    const file = options.dataFile ?? DATA_FILE;
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      throw new Error(`${file}: not JSON (${(error as Error).message})`);
    }
    return new QuoteBook(checkQuotes(parsed, file));
  }
  byId(id: number): Quote | undefined {
    return this.index.get(id);
  }
  matching(author?: string, tag?: string, text?: string): Quote[] {
    const a = author?.toLowerCase();
    const t = tag?.toLowerCase();
    const s = text?.toLowerCase();
    return this.all.filter((quote) =>
      (a === undefined || quote.author.toLowerCase() === a) &&
      (t === undefined || quote.tags.some((x) => x.toLowerCase() === t)) &&
      (s === undefined || quote.text.toLowerCase().includes(s) || quote.author.toLowerCase().includes(s)));
  }
}

/** Collects problems of one query so one 400 can name them all. */
class QueryReader {
  readonly problems: FieldProblem[] = [];
  constructor(private readonly source: Record<string, unknown>) {}
  private raw(name: string): string | undefined {
    const value = this.source[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.problems.push({ field: name, message: 'must be given once' });
      return undefined;
    }
    return value;
  }
  count(name: string, fallback: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^[0-9]+$/.test(value)) {
      this.problems.push({ field: name, message: 'must be digits only' });
      return fallback;
    }
    const n = Number(value);
    if (n < 1 || n > max) this.problems.push({ field: name, message: `must be from 1 to ${max}` });
    return n;
  }
  filter(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const trimmed = value.trim();
    if (trimmed.length === 0 || trimmed.length > 100) {
      this.problems.push({ field: name, message: 'must be 1 to 100 characters' });
      return undefined;
    }
    return trimmed;
  }
  seed(): string | undefined {
    const value = this.raw('seed');
    if (value === undefined) return undefined;
    const length = Array.from(value).length;
    if (length < 1 || length > 64) this.problems.push({ field: 'seed', message: 'must be 1 to 64 characters' });
    return value;
  }
  done(): void {
    if (this.problems.length > 0) throw validationFailed(this.problems);
  }
}

/** cyrb53 folded to 32 bits: a string hash with good spread. */
function cyrb(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** sfc32, seeded from one 32-bit number. */
function sfc32(seed: number): () => number {
  let a = seed;
  let b = seed ^ 0x9e3779b9;
  let c = seed ^ 0x243f6a88;
  let d = 1;
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

export function createApp(options: AppOptions = {}): Express {
  const book = QuoteBook.from(options);
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => new Date());

  const draw = (candidates: Quote[], source: () => number, what: string): Quote => {
    if (candidates.length === 0) throw new HttpError(404, 'not_found', what);
    return candidates[Math.floor(source() * candidates.length)]!;
  };

  const app = express();
  const only = methodNotAllowed(['GET', 'HEAD']);

  app.route('/quotes').get((req: Request, res: Response) => {
    const reader = new QueryReader(req.query as Record<string, unknown>);
    const author = reader.filter('author');
    const tag = reader.filter('tag');
    const q = reader.filter('q');
    const page = reader.count('page', 1, Number.MAX_SAFE_INTEGER);
    const limit = reader.count('limit', 10, 50);
    reader.done();
    const found = book.matching(author, tag, q);
    const from = (page - 1) * limit;
    res.json({ items: found.slice(from, from + limit), page, limit, total: found.length, totalPages: Math.ceil(found.length / limit) });
  }).all(only);

  app.route('/quotes/random').get((req: Request, res: Response) => {
    const reader = new QueryReader(req.query as Record<string, unknown>);
    const seed = reader.seed();
    const tag = reader.filter('tag');
    reader.done();
    const source = seed === undefined ? random : sfc32(cyrb(seed));
    res.json(draw(book.matching(undefined, tag), source, tag ? `Nothing tagged ${tag}.` : 'No quotes.'));
  }).all(only);

  app.route('/quotes/today').get((_req: Request, res: Response) => {
    const date = now().toISOString().slice(0, 10);
    res.json({ date, quote: draw(book.all, sfc32(cyrb(date)), 'No quotes.') });
  }).all(only);

  app.route('/quotes/:id').get((req: Request, res: Response) => {
    const raw = req.params.id ?? '';
    if (!/^[0-9]+$/.test(raw)) throw validationFailed([{ field: 'id', message: 'must be digits only' }]);
    const quote = book.byId(Number(raw));
    if (!quote) throw new HttpError(404, 'not_found', `No quote ${raw}.`);
    res.json(quote);
  }).all(only);

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
