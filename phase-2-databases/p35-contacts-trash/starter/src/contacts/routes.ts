// The HTTP side of live contacts: create, read, list and search, edit, move to the trash, and
// the history and counts.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import type { ContactRow, HistoryRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { countStats, findKnownContact, findLiveContact, insertContact, listContacts, listHistory, trashContact, updateContact } from './repository.js';
import { contactNotFound, emailTaken, parseContactId, parseContactPatch, parseListQuery, parseNewContact } from './validation.js';

export interface ContactJson {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toContactJson(row: ContactRow): ContactJson {
  // TODO (Task 1): the JSON shape of a contact (SPEC.md, Interface).
  void row;
  throw new Error('Not implemented: toContactJson (Task 1)');
}

function toHistoryJson(row: HistoryRow): unknown {
  // TODO (Task 6): the JSON shape of a history entry (SPEC.md, Interface).
  void row;
  throw new Error('Not implemented: toHistoryJson (Task 6)');
}

/** Runs a write, turning the partial unique index's refusal into the 409 the client should see. */
export function guardEmail<T>(email: string | null | undefined, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken(email);
    throw error;
  }
}

type WithId = Request<{ id: string }>;

export function contactsRouter(db: Db, now: () => Date): Router {
  const create = (req: Request, res: Response): void => {
    const fields = parseNewContact(req.body);
    const row = guardEmail(fields.email, () => insertContact(db, fields, now()));
    res.status(201).location(`/contacts/${row.id}`).json(toContactJson(row));
  };

  const list = (req: Request, res: Response): void => {
    const query = parseListQuery(req.query);
    const { rows, total } = listContacts(db, query);
    res.json({ items: rows.map(toContactJson), total, limit: query.limit, offset: query.offset });
  };

  const read = (req: WithId, res: Response): void => {
    const id = parseContactId(req.params.id);
    const row = findLiveContact(db, id);
    if (!row) throw contactNotFound(id);
    res.json(toContactJson(row));
  };

  const edit = (req: WithId, res: Response): void => {
    const id = parseContactId(req.params.id);
    // 404 before 400: a client editing a contact that is gone learns that first.
    if (!findLiveContact(db, id)) throw contactNotFound(id);
    const patch = parseContactPatch(req.body);
    const row = guardEmail(patch.email, () => updateContact(db, id, patch, now()));
    if (!row) throw contactNotFound(id);
    res.json(toContactJson(row));
  };

  const remove = (req: WithId, res: Response): void => {
    const id = parseContactId(req.params.id);
    if (!trashContact(db, id, now())) throw contactNotFound(id);
    res.status(204).end();
  };

  const history = (req: WithId, res: Response): void => {
    const id = parseContactId(req.params.id);
    if (!findKnownContact(db, id, now())) throw contactNotFound(id);
    res.json({ items: listHistory(db, id).map(toHistoryJson) });
  };

  const router = Router();
  router.route('/contacts').post(jsonBody, create).get(list).all(methodNotAllowed(['GET', 'POST']));
  router.route('/contacts/:id').get(read).patch(jsonBody, edit).delete(remove).all(methodNotAllowed(['GET', 'PATCH', 'DELETE']));
  router.route('/contacts/:id/history').get(history).all(methodNotAllowed(['GET']));
  router
    .route('/stats')
    .get((_req, res) => {
      res.json(countStats(db, now()));
    })
    .all(methodNotAllowed(['GET']));
  return router;
}
