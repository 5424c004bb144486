// The HTTP side of orders: validation, one repository call, and the answer. What the
// repository reports (missing products, short lines, an order already cancelled) becomes the
// documented 404 or 409 here.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import { HttpError, methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { parseId, parsePage } from '../validation.js';
import { cancelOrder, findOrder, listOrders, placeOrder, type OrderView } from './repository.js';
import { orderNotFound, parsePlaceOrder, type OrderLineInput } from './validation.js';

/** An order as the API shows it. */
export interface OrderJson {
  id: number;
  status: 'placed' | 'cancelled';
  lines: Array<{ productId: number; sku: string; quantity: number; unitPriceCents: number; lineTotalCents: number }>;
  totalCents: number;
  createdAt: string;
  cancelledAt: string | null;
}

export function toOrderJson({ order, lines }: OrderView): OrderJson {
  return {
    id: order.id,
    status: order.status,
    lines: lines.map((line) => ({ ...line, lineTotalCents: line.quantity * line.unitPriceCents })),
    totalCents: order.totalCents,
    createdAt: order.createdAt.toISOString(),
    cancelledAt: order.cancelledAt?.toISOString() ?? null,
  };
}

/** 404 naming each unknown product by the line that asked for it. */
function unknownProducts(lines: OrderLineInput[], productIds: number[]): HttpError {
  const details = productIds.map((productId) => ({
    field: `lines.${lines.findIndex((line) => line.productId === productId)}.productId`,
    message: `there is no product ${productId}`,
  }));
  return new HttpError(404, 'not_found', `Unknown product: ${productIds.join(', ')}.`, details);
}

type WithId = Request<{ id: string }>;

/** The routes of /orders, on one database and one clock. */
export function ordersRouter(db: Db, now: () => Date): Router {
  const orderId = (req: WithId) => parseId(req.params.id, orderNotFound);

  const list = (req: Request, res: Response): void => {
    const page = parsePage(req.query);
    const { views, total } = listOrders(db, page);
    res.json({ items: views.map(toOrderJson), total, limit: page.limit, offset: page.offset });
  };

  const place = (req: Request, res: Response): void => {
    const lines = parsePlaceOrder(req.body);
    const result = placeOrder(db, lines, now());
    if (result.status === 'missing') throw unknownProducts(lines, result.productIds);
    if (result.status === 'out_of_stock') {
      const productIds = result.short.map((line) => line.productId).join(', ');
      throw new HttpError(409, 'out_of_stock', `Not enough stock for product ${productIds}; nothing was reserved.`, result.short);
    }
    res.status(201).location(`/orders/${result.view.order.id}`).json(toOrderJson(result.view));
  };

  const read = (req: WithId, res: Response): void => {
    const id = orderId(req);
    const view = findOrder(db, id);
    if (!view) throw orderNotFound(id);
    res.json(toOrderJson(view));
  };

  const cancel = (req: WithId, res: Response): void => {
    const id = orderId(req);
    const result = cancelOrder(db, id, now());
    if (result.status === 'missing') throw orderNotFound(id);
    if (result.status === 'already_cancelled') {
      throw new HttpError(409, 'conflict', `Order ${id} is already cancelled.`, [{ field: 'status', message: 'is already cancelled' }]);
    }
    res.json(toOrderJson(result.view));
  };

  const router = Router();
  router.route('/').get(list).post(jsonBody, place).all(methodNotAllowed(['GET', 'HEAD', 'POST']));
  router.route('/:id').get(read).all(methodNotAllowed(['GET', 'HEAD']));
  router.route('/:id/cancel').post(cancel).all(methodNotAllowed(['POST']));
  return router;
}
