// The HTTP side of contacts, under /api/contacts.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { ContactRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { deleteContact, findContact, insertContact, listContacts, replaceContact } from './repository.js';
import { contactNotFound, emailTaken, parseContact, parseContactId } from './validation.js';

export function toContactJson(row: ContactRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type WithId = Request<{ id: string }>;

export function contactsRouter(db: Db, now: () => Date): Router {
  const router = Router();
  router
    .route('/api/contacts')
    .get((_req: Request, res: Response) => {
      res.json({ items: listContacts(db).map(toContactJson) });
    })
    .post(jsonBody, (req: Request, res: Response) => {
      const result = insertContact(db, parseContact(req.body), now());
      if ('taken' in result) throw emailTaken();
      res.status(201).location(`/api/contacts/${result.row.id}`).json(toContactJson(result.row));
    })
    .all(methodNotAllowed(['GET', 'POST']));
  router
    .route('/api/contacts/:id')
    .get((req: WithId, res: Response) => {
      const id = parseContactId(req.params.id);
      const row = findContact(db, id);
      if (!row) throw contactNotFound(id);
      res.json(toContactJson(row));
    })
    .put(jsonBody, (req: WithId, res: Response) => {
      // In the SPEC's order: an id that cannot be one (404), the body (400), an id that names no
      // contact (404), an email another contact has (409).
      const id = parseContactId(req.params.id);
      const result = replaceContact(db, id, parseContact(req.body), now());
      if (!result) throw contactNotFound(id);
      if ('taken' in result) throw emailTaken();
      res.json(toContactJson(result.row));
    })
    .delete((req: WithId, res: Response) => {
      const id = parseContactId(req.params.id);
      if (!deleteContact(db, id)) throw contactNotFound(id);
      res.status(204).end();
    })
    .all(methodNotAllowed(['GET', 'PUT', 'DELETE']));
  return router;
}
