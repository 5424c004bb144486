// The HTTP side of the trash: what is in it, restoring, purging one, and the retention purge.
import { Router, type Request, type Response } from 'express';
import { guardEmail, toContactJson } from '../contacts/routes.js';
import { listTrash, purgeExpired, purgeOne, RETENTION_MS, restoreContact } from '../contacts/repository.js';
import { contactNotFound, parseContactId, parsePageQuery } from '../contacts/validation.js';
import type { Db } from '../db/client.js';
import type { ContactRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';

function toTrashedJson(row: ContactRow): unknown {
  // TODO (Task 4): a contact plus deletedAt and purgeAt (SPEC.md, Task 4).
  void [row, RETENTION_MS, toContactJson];
  throw new Error('Not implemented: toTrashedJson (Task 4)');
}

type WithId = Request<{ id: string }>;

export function trashRouter(db: Db, now: () => Date): Router {
  const list = (req: Request, res: Response): void => {
    const page = parsePageQuery(req.query);
    const { rows, total } = listTrash(db, now(), page);
    res.json({ items: rows.map(toTrashedJson), total, limit: page.limit, offset: page.offset });
  };

  const restore = (req: WithId, res: Response): void => {
    const id = parseContactId(req.params.id);
    // The email of the row being restored is only known to the database here; the 409 names the field.
    const row = guardEmail('of this contact', () => restoreContact(db, id, now()));
    if (!row) throw contactNotFound(id);
    res.json(toContactJson(row));
  };

  const purge = (req: WithId, res: Response): void => {
    const id = parseContactId(req.params.id);
    if (!purgeOne(db, id, now())) throw contactNotFound(id);
    res.status(204).end();
  };

  const router = Router();
  // /trash/purge before /trash/:id: "purge" is not an id (and POST /trash/:id is no route anyway).
  router
    .route('/trash/purge')
    .post((_req, res) => {
      res.json({ purged: purgeExpired(db, now()) });
    })
    .all(methodNotAllowed(['POST']));
  router.route('/trash').get(list).all(methodNotAllowed(['GET']));
  router.route('/trash/:id').delete(purge).all(methodNotAllowed(['DELETE']));
  router.route('/trash/:id/restore').post(restore).all(methodNotAllowed(['POST']));
  return router;
}
