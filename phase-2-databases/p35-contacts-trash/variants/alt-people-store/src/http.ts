// Every route of the contacts book on one router, with its input rules beside it.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { HttpError, methodNotAllowed } from './errors.js';
import { jsonBody } from './json-body.js';
import { EmailInUse, KEEP_MS, type Person, type Store } from './store.js';

const nameRule = z.string().min(1).max(100).refine((v) => v.trim().length > 0, 'must not be blank');
const emailRule = z
  .string()
  .max(254)
  .transform((v) => v.trim().toLowerCase())
  .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'is not an email address')
  .nullable();
const phoneRule = z.string().min(1).max(30).nullable();
const digits = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^[0-9]+$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .default(fallback);

const schemas = {
  create: z.strictObject({ name: nameRule, email: emailRule.optional(), phone: phoneRule.optional() }),
  patch: z.strictObject({ name: nameRule.optional(), email: emailRule.optional(), phone: phoneRule.optional() }).refine((p) => Object.keys(p).length > 0, 'send at least one field'),
  list: z.object({ q: z.string().default(''), limit: digits(1, 100, 20), offset: digits(0, 1e15, 0) }),
  page: z.object({ limit: digits(1, 100, 20), offset: digits(0, 1e15, 0) }),
};

function check<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => ({ field: k, message: 'unknown field' })) : [{ field: String(i.path[0] ?? 'body'), message: i.message }]));
  throw new HttpError(400, 'validation_failed', 'The request has invalid fields.', details);
}

function idOf(req: Request): number {
  const raw = String(req.params.id);
  if (!/^[1-9][0-9]{0,14}$/.test(raw)) throw missing();
  return Number(raw);
}

const missing = () => new HttpError(404, 'not_found', 'No such contact.');
const taken = () => new HttpError(409, 'email_taken', 'That email belongs to another contact.');

function json(p: Person) {
  return { id: p.id, name: p.name, email: p.email, phone: p.phone, createdAt: new Date(p.createdMs).toISOString(), updatedAt: new Date(p.updatedMs).toISOString() };
}

function trashedJson(p: Person) {
  const at = p.trashedMs ?? 0;
  return { ...json(p), deletedAt: new Date(at).toISOString(), purgeAt: new Date(at + KEEP_MS).toISOString() };
}

function mapTaken<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof EmailInUse) throw taken();
    throw e;
  }
}

export function routes(store: Store, now: () => Date): Router {
  const ms = () => now().getTime();
  const r = Router();

  r.route('/contacts')
    .get((req: Request, res: Response) => {
      const q = check(schemas.list, req.query);
      const found = store.search(q.q, q.limit, q.offset);
      res.json({ items: found.items.map(json), total: found.total, limit: q.limit, offset: q.offset });
    })
    .post(jsonBody, (req: Request, res: Response) => {
      const body = check(schemas.create, req.body);
      const p = mapTaken(() => store.add({ name: body.name, email: body.email ?? null, phone: body.phone ?? null }, ms()));
      res.status(201).location(`/contacts/${p.id}`).json(json(p));
    })
    .all(methodNotAllowed(['GET', 'POST']));

  r.route('/contacts/:id')
    .get((req: Request, res: Response) => {
      const p = store.live(idOf(req));
      if (!p) throw missing();
      res.json(json(p));
    })
    .patch(jsonBody, (req: Request, res: Response) => {
      const id = idOf(req);
      if (!store.live(id)) throw missing();
      const patch = check(schemas.patch, req.body);
      const p = mapTaken(() => store.edit(id, patch, ms()));
      if (!p) throw missing();
      res.json(json(p));
    })
    .delete((req: Request, res: Response) => {
      if (!store.toTrash(idOf(req), ms())) throw missing();
      res.sendStatus(204);
    })
    .all(methodNotAllowed(['GET', 'PATCH', 'DELETE']));

  r.route('/contacts/:id/history')
    .get((req: Request, res: Response) => {
      const id = idOf(req);
      if (!store.live(id) && !store.trashed(id, ms())) throw missing();
      res.json({ items: store.changes(id) });
    })
    .all(methodNotAllowed(['GET']));

  r.route('/stats')
    .get((_req: Request, res: Response) => {
      res.json(store.counts(ms()));
    })
    .all(methodNotAllowed(['GET']));

  r.route('/trash')
    .get((req: Request, res: Response) => {
      const q = check(schemas.page, req.query);
      const page = store.trashPage(ms(), q.limit, q.offset);
      res.json({ items: page.items.map(trashedJson), total: page.total, limit: q.limit, offset: q.offset });
    })
    .all(methodNotAllowed(['GET']));

  r.route('/trash/purge')
    .post((_req: Request, res: Response) => {
      res.json({ purged: store.eraseExpired(ms()) });
    })
    .all(methodNotAllowed(['POST']));

  r.route('/trash/:id')
    .delete((req: Request, res: Response) => {
      if (!store.erase(idOf(req), ms())) throw missing();
      res.sendStatus(204);
    })
    .all(methodNotAllowed(['DELETE']));

  r.route('/trash/:id/restore')
    .post((req: Request, res: Response) => {
      const p = mapTaken(() => store.restore(idOf(req), ms()));
      if (!p) throw missing();
      res.json(json(p));
    })
    .all(methodNotAllowed(['POST']));

  return r;
}
