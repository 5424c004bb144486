// The category tree over HTTP; the SQL lives in src/store/forum.ts.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { change, create, exists, fileItem, lineage, readForest, type CategoryRecord } from '../store/forum.js';
import { build } from '../store/nest.js';
import { parentNotFound, parseId, tooDeep } from '../validation.js';
import { categoryNotFound, parseCategoryChange, parseNewCategory, parseNewItem } from './validation.js';

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

const node = (row: CategoryRecord, children: CategoryNode[]): CategoryNode => ({
  id: row.id,
  name: row.name,
  parentId: row.parent_id,
  depth: row.depth,
  itemCount: row.own_items,
  totalItemCount: row.all_items,
  children,
});

function full(db: Db, id: number): CategoryJson {
  const [top] = build(readForest(db, id), node);
  return { ...top!, breadcrumbs: lineage(db, id).reverse() };
}

type WithId = Request<{ id: string }>;

export function categoriesRouter(db: Db): Router {
  const known = (req: WithId): number => {
    const id = parseId(req.params.id, categoryNotFound);
    if (!exists(db, id)) throw categoryNotFound(id);
    return id;
  };
  const router = Router();
  router
    .route('/')
    .get((_req: Request, res: Response) => {
      res.json({ categories: build(readForest(db, null), node) });
    })
    .post(jsonBody, (req: Request, res: Response) => {
      const input = parseNewCategory(req.body);
      const outcome = create(db, input.name, input.parentId);
      if (!outcome.ok) {
        if (outcome.why === 'no_parent') throw parentNotFound('category', input.parentId!);
        throw tooDeep('Categories stop at depth 5.');
      }
      res.status(201).location(`/categories/${outcome.id}`).json(full(db, outcome.id));
    })
    .all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router
    .route('/:id')
    .get((req: WithId, res: Response) => {
      res.json(full(db, known(req)));
    })
    .patch(jsonBody, (req: WithId, res: Response) => {
      const id = known(req);
      const patch = parseCategoryChange(req.body);
      const outcome = change(db, id, patch);
      if (!outcome.ok) {
        if (outcome.why === 'no_parent') throw parentNotFound('category', patch.parentId!);
        if (outcome.why === 'cycle') throw new HttpError(409, 'cycle', 'A category cannot move into its own subtree.');
        throw tooDeep(`The deepest category would land at depth ${outcome.depth}.`);
      }
      res.json(full(db, id));
    })
    .all(methodNotAllowed(['GET', 'HEAD', 'PATCH']));
  router
    .route('/:id/items')
    .post(jsonBody, (req: WithId, res: Response) => {
      const id = known(req);
      res.status(201).json(fileItem(db, id, parseNewItem(req.body)));
    })
    .all(methodNotAllowed(['POST']));
  return router;
}
