import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { PersonRow } from '../db/schema.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { validateContact, type ContactValues } from '../../web/src/shared/contact-schema.js';
import { EmailTaken, people$ } from './repository.js';

const json = (p: PersonRow) => ({ id: p.personId, name: p.fullName, email: p.email, phone: p.phone, notes: p.notes, createdAt: p.created.toISOString(), updatedAt: p.updated.toISOString() });

function values(body: unknown): ContactValues {
  const checked = validateContact(body);
  if (checked.problems) {
    const details = Object.entries(checked.problems).map(([field, message]) => ({ field, message }));
    throw new HttpError(400, 'validation_failed', 'The contact has problems.', details);
  }
  return checked.values;
}

function idOf(req: Request): number {
  const raw = String(req.params.id);
  if (!/^[1-9][0-9]*$/.test(raw) || raw.length > 15) throw new HttpError(404, 'not_found', 'No such contact.');
  return Number(raw);
}

const missing = () => new HttpError(404, 'not_found', 'No such contact.');

/** Turns EmailTaken into the 409 with the field named. */
function taken(error: unknown): never {
  if (error instanceof EmailTaken) throw new HttpError(409, 'email_taken', 'That email belongs to another contact.', [{ field: 'email', message: 'That email belongs to another contact.' }]);
  throw error;
}

export function contactsRouter(db: Db, now: () => Date): Router {
  const r = Router();
  r.get('/api/contacts', (_req, res) => void res.json({ items: people$.all(db).map(json) }));
  r.post('/api/contacts', jsonBody, (req: Request, res: Response) => {
    try {
      const p = people$.create(db, values(req.body), now());
      res.status(201).set('Location', `/api/contacts/${p.personId}`).json(json(p));
    } catch (e) {
      taken(e);
    }
  });
  r.all('/api/contacts', methodNotAllowed(['GET', 'POST']));
  r.get('/api/contacts/:id', (req, res) => {
    const p = people$.one(db, idOf(req));
    if (!p) throw missing();
    res.json(json(p));
  });
  r.put('/api/contacts/:id', (req: Request, _res: Response, next: NextFunction) => {
    idOf(req);
    next();
  }, jsonBody, (req: Request, res: Response) => {
    const id = idOf(req);
    const v = values(req.body);
    let p: PersonRow | undefined;
    try {
      p = people$.replace(db, id, v, now());
    } catch (e) {
      taken(e);
    }
    if (!p) throw missing();
    res.json(json(p));
  });
  r.delete('/api/contacts/:id', (req, res) => {
    if (!people$.remove(db, idOf(req))) throw missing();
    res.sendStatus(204);
  });
  r.all('/api/contacts/:id', methodNotAllowed(['GET', 'PUT', 'DELETE']));
  return r;
}
