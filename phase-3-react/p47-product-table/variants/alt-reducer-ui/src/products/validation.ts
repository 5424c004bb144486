// Hand-written checks instead of zod: the raw query string is read with URLSearchParams, so a
// repeated parameter is seen as such, whatever Express's own query parser makes of it.
import { HttpError, type FieldProblem } from '../errors.js';

const KINDS = ['furniture', 'garden', 'kitchen', 'lighting', 'office'];
const SORTS = ['name', 'category', 'price'];

export interface NewProduct {
  name: string;
  category: string;
  priceCents: number;
}

export interface ListQuery {
  page: number;
  pageSize: number;
  sort: string;
  desc: boolean;
  category: string | null;
  q: string | null;
  minPrice: number | null;
  maxPrice: number | null;
}

function digits(value: string, min: number, max: number): number | null {
  if (!/^[0-9]+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

export function parseNewProduct(body: unknown): NewProduct {
  const problems: FieldProblem[] = [];
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'validation_failed', 'Send a JSON object.', [{ field: 'body', message: 'must be an object' }]);
  }
  const input = body as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!['name', 'category', 'priceCents'].includes(key)) problems.push({ field: key, message: 'unknown field' });
  }
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name.length < 1 || name.length > 100) problems.push({ field: 'name', message: 'a text of 1 to 100 characters' });
  const category = input.category;
  if (typeof category !== 'string' || !KINDS.includes(category)) problems.push({ field: 'category', message: `one of ${KINDS.join(', ')}` });
  const price = input.priceCents;
  if (typeof price !== 'number' || !Number.isInteger(price) || price < 0 || price > 100_000_000) problems.push({ field: 'priceCents', message: 'whole cents, 0 to 100000000' });
  if (problems.length > 0) throw new HttpError(400, 'validation_failed', 'The product is not valid.', problems);
  return { name, category: category as string, priceCents: price as number };
}

export function parseListQuery(rawQuery: string): ListQuery {
  const params = new URLSearchParams(rawQuery);
  const problems: FieldProblem[] = [];
  const seen = new Map<string, string[]>();
  for (const [key, value] of params) seen.set(key, [...(seen.get(key) ?? []), value]);
  const out: ListQuery = { page: 1, pageSize: 10, sort: 'name', desc: false, category: null, q: null, minPrice: null, maxPrice: null };
  for (const [key, values] of seen) {
    const bad = (message: string) => problems.push({ field: key, message });
    if (values.length > 1) {
      bad('given more than once');
      continue;
    }
    const value = values[0]!;
    if (value === '') {
      bad('is empty');
      continue;
    }
    switch (key) {
      case 'page': {
        const n = digits(value, 1, Number.MAX_SAFE_INTEGER);
        if (n === null) bad('a whole number from 1');
        else out.page = n;
        break;
      }
      case 'pageSize': {
        const n = digits(value, 1, 100);
        if (n === null) bad('a whole number from 1 to 100');
        else out.pageSize = n;
        break;
      }
      case 'sort':
        if (SORTS.includes(value)) out.sort = value;
        else bad(`one of ${SORTS.join(', ')}`);
        break;
      case 'order':
        if (value === 'asc' || value === 'desc') out.desc = value === 'desc';
        else bad('asc or desc');
        break;
      case 'category':
        if (KINDS.includes(value)) out.category = value;
        else bad(`one of ${KINDS.join(', ')}`);
        break;
      case 'q':
        if (value.length <= 100) out.q = value;
        else bad('at most 100 characters');
        break;
      case 'minPrice':
      case 'maxPrice': {
        const n = digits(value, 0, Number.MAX_SAFE_INTEGER);
        if (n === null) bad('whole cents');
        else out[key] = n;
        break;
      }
      default:
        bad('unknown parameter');
    }
  }
  if (problems.length === 0 && out.minPrice !== null && out.maxPrice !== null && out.minPrice > out.maxPrice) {
    problems.push({ field: 'minPrice', message: 'above maxPrice' });
  }
  if (problems.length > 0) throw new HttpError(400, 'invalid_query', 'The query is not valid.', problems);
  return out;
}
