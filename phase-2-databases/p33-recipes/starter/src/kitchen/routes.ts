// The HTTP side of the kitchen questions: GET /cook-with and POST /shopping-list.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { cookWith, shoppingList } from './repository.js';
import { parseCookWith, parseShoppingList } from './validation.js';

/** The routes /cook-with and /shopping-list, on one database. */
export function kitchenRouter(db: Db): Router {
  const search = (req: Request, res: Response): void => {
    const { have, match } = parseCookWith(req.query);
    // No recipe matching is an answer, not an error: 200 with an empty list.
    res.json({ have, match, items: cookWith(db, have, match) });
  };

  const shop = (req: Request, res: Response): void => {
    const requests = parseShoppingList(req.body);
    const result = shoppingList(db, requests);
    if (result.status === 'missing') {
      const details = result.indexes.map((index) => ({ field: `recipes.${index}.id`, message: `there is no recipe ${requests[index]!.id}` }));
      throw new HttpError(404, 'not_found', `Unknown recipe: ${result.indexes.map((index) => requests[index]!.id).join(', ')}.`, details);
    }
    res.json({ items: result.items });
  };

  const router = Router();
  router.route('/cook-with').get(search).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/shopping-list').post(jsonBody, shop).all(methodNotAllowed(['POST']));
  return router;
}
