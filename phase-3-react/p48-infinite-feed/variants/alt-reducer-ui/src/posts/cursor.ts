// The cursor, checked by hand instead of with a schema; keys written id first.
import { HttpError } from '../errors.js';

export interface Cursor {
  createdAt: number;
  id: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`{"id":${cursor.id},"createdAt":${cursor.createdAt}}`, 'utf8').toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  const refuse = () => new HttpError(400, 'invalid_cursor', 'That cursor is broken; load the feed from the top.');
  if (raw.length === 0 || /[^\w-]/.test(raw)) throw refuse();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw refuse();
  const record = value as { [key: string]: unknown };
  if (Object.keys(record).length !== 2 || !('createdAt' in record) || !('id' in record)) throw refuse();
  const { createdAt, id } = record;
  if (typeof createdAt !== 'number' || !Number.isSafeInteger(createdAt) || createdAt < 0) throw refuse();
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) throw refuse();
  return { createdAt, id };
}
