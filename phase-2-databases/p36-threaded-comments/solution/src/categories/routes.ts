// The HTTP side of the category tree.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { CategoryRow } from '../db/schema.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { depthOf, nest } from '../tree.js';
import { MAX_DEPTH, parentNotFound, parseId, tooDeep } from '../validation.js';
import { allCategories, breadcrumbs, categorySubtree, changeCategory, findCategory, insertCategory, insertItem, type CountedCategory } from './repository.js';
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

function toNode(row: CountedCategory, children: CategoryNode[]): CategoryNode {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parentId,
    depth: depthOf(row.path),
    itemCount: row.itemCount,
    totalItemCount: row.totalItemCount,
    children,
  };
}

/** One category as GET /categories/:id shows it: its subtree, counts and breadcrumbs. */
function categoryJson(db: Db, row: CategoryRow): CategoryJson {
  const [node] = nest(categorySubtree(db, row), toNode);
  return { ...node!, breadcrumbs: breadcrumbs(db, row) };
}

type WithId = Request<{ id: string }>;

export function categoriesRouter(db: Db): Router {
  const categoryId = (req: WithId) => parseId(req.params.id, categoryNotFound);

  const list = (_req: Request, res: Response): void => {
    res.json({ categories: nest(allCategories(db), toNode) });
  };

  const create = (req: Request, res: Response): void => {
    const input = parseNewCategory(req.body);
    const result = insertCategory(db, input);
    if (result.status === 'parent_missing') throw parentNotFound('category', input.parentId!);
    if (result.status === 'too_deep') throw tooDeep(`Category ${input.parentId} is at depth ${MAX_DEPTH}, the deepest the tree goes.`);
    res.status(201).location(`/categories/${result.row.id}`).json(categoryJson(db, result.row));
  };

  const read = (req: WithId, res: Response): void => {
    const id = categoryId(req);
    const row = findCategory(db, id);
    if (!row) throw categoryNotFound(id);
    res.json(categoryJson(db, row));
  };

  const update = (req: WithId, res: Response): void => {
    // The category in the path first (404), then the body (400), then the move's own checks.
    const id = categoryId(req);
    if (!findCategory(db, id)) throw categoryNotFound(id);
    const change = parseCategoryChange(req.body);
    const result = changeCategory(db, id, change);
    switch (result.status) {
      case 'missing':
        throw categoryNotFound(id);
      case 'parent_missing':
        throw parentNotFound('category', change.parentId!);
      case 'cycle':
        throw new HttpError(409, 'cycle', `Category ${id} cannot move under itself or under a category below it.`, [
          { field: 'parentId', message: `is ${id} or a category below it` },
        ]);
      case 'too_deep':
        throw tooDeep(`After the move the deepest category below ${id} would be at depth ${result.deepest}; the limit is ${MAX_DEPTH}.`);
      case 'moved':
        res.json(categoryJson(db, result.row));
    }
  };

  const addItem = (req: WithId, res: Response): void => {
    const id = categoryId(req);
    if (!findCategory(db, id)) throw categoryNotFound(id);
    const title = parseNewItem(req.body);
    const item = insertItem(db, id, title);
    res.status(201).json({ id: item.id, categoryId: item.categoryId, title: item.title });
  };

  const router = Router();
  router.route('/').get(list).post(jsonBody, create).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).patch(jsonBody, update).all(methodNotAllowed(['GET', 'HEAD', 'PATCH']));
  router.route('/:id/items').post(jsonBody, addItem).all(methodNotAllowed(['POST']));
  return router;
}
