// The HTTP side of recipes: validation, one repository call, and the answer. A line the
// database refused (the same ingredient twice) becomes a 400 naming that line here.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { scaleQuantity } from '../units.js';
import { invalid, parseId, recipeNotFound } from '../validation.js';
import { createRecipe, deleteRecipe, findRecipe, replaceRecipe, type LineView, type RecipeView, type WriteResult } from './repository.js';
import { parseRecipe, parseServingsQuery } from './validation.js';

/** A recipe as the API shows it. */
export interface RecipeJson {
  id: number;
  title: string;
  servings: number;
  lines: LineView[];
  createdAt: string;
  updatedAt: string;
}

/** The recipe as stored, or for `servings` when given (each quantity scaled and rounded on its own). */
export function toRecipeJson({ recipe, lines }: RecipeView, servings?: number): RecipeJson {
  return {
    id: recipe.id,
    title: recipe.title,
    servings: servings ?? recipe.servings,
    lines: servings === undefined ? lines : lines.map((line) => ({ ...line, quantity: scaleQuantity(line.quantity, recipe.servings, servings) })),
    createdAt: recipe.createdAt.toISOString(),
    updatedAt: recipe.updatedAt.toISOString(),
  };
}

/** The saved recipe, or the error the client should see. */
function saved(result: WriteResult, id?: number): RecipeView {
  if (result.status === 'missing') throw recipeNotFound(id ?? '');
  if (result.status === 'duplicate') {
    throw invalid([{ field: `lines.${result.index}.ingredient`, message: 'is already in an earlier line of this recipe' }]);
  }
  return result.view;
}

type WithId = Request<{ id: string }>;

/** The routes of /recipes, on one database and one clock. */
export function recipesRouter(db: Db, now: () => Date): Router {
  const create = (req: Request, res: Response): void => {
    const view = saved(createRecipe(db, parseRecipe(req.body), now()));
    res.status(201).location(`/recipes/${view.recipe.id}`).json(toRecipeJson(view));
  };

  // The recipe is looked up first: an unknown id is a 404 whatever the query says.
  const read = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id);
    const view = findRecipe(db, id);
    if (!view) throw recipeNotFound(id);
    res.json(toRecipeJson(view, parseServingsQuery(req.query)));
  };

  const replace = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id);
    const input = parseRecipe(req.body);
    res.json(toRecipeJson(saved(replaceRecipe(db, id, input, now()), id)));
  };

  const remove = (req: WithId, res: Response): void => {
    const id = parseId(req.params.id);
    if (!deleteRecipe(db, id)) throw recipeNotFound(id);
    res.status(204).end();
  };

  const router = Router();
  router.route('/').post(jsonBody, create).all(methodNotAllowed(['POST']));
  router.route('/:id').get(read).put(jsonBody, replace).delete(remove).all(methodNotAllowed(['GET', 'HEAD', 'PUT', 'DELETE']));
  return router;
}
