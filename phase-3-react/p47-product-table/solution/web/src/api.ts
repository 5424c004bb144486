// The products API as the page uses it: relative URLs (Vite's proxy in development, the same
// origin in production), and errors turned into messages a person can read.
import { toApiQuery, type ListState } from './list-state.js';

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

/** One page of products. `signal` cancels it when the view changes before it answers. */
export async function fetchProducts(state: ListState, signal: AbortSignal): Promise<ProductPage> {
  let response: Response;
  try {
    response = await fetch(`/api/products?${toApiQuery(state)}`, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiError('Could not reach the server. Check your connection and try again.');
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = (data as { error?: { message?: unknown } } | undefined)?.error?.message;
    throw new ApiError(typeof message === 'string' && message ? message : `The server answered ${response.status}.`);
  }
  return data as ProductPage;
}
