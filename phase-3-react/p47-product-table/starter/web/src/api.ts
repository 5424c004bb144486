// The products API as the page uses it: relative URLs (Vite's proxy in development, the same
// origin in production), and errors turned into messages a person can read.
import type { ListState } from './list-state.js';

export interface Product {
  id: number;
  name: string;
  category: string;
  priceCents: number;
}

export interface ProductPage {
  items: Product[];
  page: number;
  pageSize: number;
  total: number;
}

/** A failed request, with the message the UI shows. */
export class ApiError extends Error {}

/** TODO (Task 4): GET /api/products for this view; an error answer throws ApiError with the API's message. */
export async function fetchProducts(state: ListState, signal: AbortSignal): Promise<ProductPage> {
  void [state, signal];
  throw new Error('Not implemented: fetchProducts (Task 4)');
}
