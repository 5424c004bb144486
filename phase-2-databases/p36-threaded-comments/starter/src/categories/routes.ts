// The HTTP side of the category tree. The wiring at the bottom is given; the handlers are yours.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';

export interface CategoryNode {
  id: number;
  name: string;
  parentId: number | null;
  depth: number;
  itemCount: number;
  totalItemCount: number;
  children: CategoryNode[];
}

export type CategoryJson = CategoryNode & { breadcrumbs: Array<{ id: number; name: string }> };

type WithId = Request<{ id: string }>;

export function categoriesRouter(db: Db): Router {
  void db;

  // TODO (Task 4): GET /categories, { categories: [...] } (SPEC Interface, "JSON shapes").
  const list = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: GET /categories (Task 4)');
  };

  // TODO (Task 4): POST /categories: 201, Location, the Category.
  const create = (_req: Request, _res: Response): void => {
    throw new Error('Not implemented: POST /categories (Task 4)');
  };

  // TODO (Task 4): GET /categories/:id with its subtree and breadcrumbs.
  const read = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: GET /categories/:id (Task 4)');
  };

  // TODO (Task 5): PATCH /categories/:id, checks in the Interface's "Order of checks".
  const update = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: PATCH /categories/:id (Task 5)');
  };

  // TODO (Task 4): POST /categories/:id/items: 201, the Item.
  const addItem = (_req: WithId, _res: Response): void => {
    throw new Error('Not implemented: POST /categories/:id/items (Task 4)');
  };

  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).patch(jsonBody, update).all(methodNotAllowed(['GET', 'HEAD', 'PATCH']));
  router.route('/:id/items').post(jsonBody, addItem).all(methodNotAllowed(['POST']));
  return router;
}
