// The table's state in a reducer, the URL as its mirror, and a request counter so that only the
// answer to the latest request is ever shown.
import { useEffect, useReducer, useRef } from 'react';

export const KINDS = ['furniture', 'garden', 'kitchen', 'lighting', 'office'];
const SORTS = ['name', 'category', 'price'];

export interface View {
  page: number;
  sort: string;
  order: string;
  category: string;
  q: string;
}

export interface Item {
  id: number;
  name: string;
  category: string;
  priceCents: number;
}

interface State {
  view: View;
  items: Item[];
  total: number | null;
  busy: boolean;
  problem: string | null;
}

type Action =
  | { type: 'view'; view: View }
  | { type: 'loaded'; items: Item[]; total: number }
  | { type: 'failed'; problem: string };

export function parseView(search: string): View {
  const p = new URLSearchParams(search);
  const page = p.get('page');
  const pageNumber = page !== null && /^\d+$/.test(page) ? Number(page) : NaN;
  return {
    page: Number.isSafeInteger(pageNumber) && pageNumber >= 1 ? pageNumber : 1,
    sort: SORTS.includes(p.get('sort') ?? '') ? p.get('sort')! : 'name',
    order: p.get('order') === 'desc' ? 'desc' : 'asc',
    category: KINDS.includes(p.get('category') ?? '') ? p.get('category')! : '',
    q: (p.get('q') ?? '').trim(),
  };
}

/** Every parameter written out, defaults too. */
function queryOf(view: View): string {
  const p = new URLSearchParams({ page: String(view.page), sort: view.sort, order: view.order });
  if (view.category) p.set('category', view.category);
  if (view.q) p.set('q', view.q.slice(0, 100));
  return p.toString();
}

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'view':
      return { ...state, view: action.view, busy: true, problem: null };
    case 'loaded':
      return { ...state, items: action.items, total: action.total, busy: false };
    case 'failed':
      return { ...state, busy: false, problem: action.problem };
  }
}

export function useCatalog() {
  const [state, dispatch] = useReducer(reducer, undefined, () => ({ view: parseView(location.search), items: [], total: null, busy: true, problem: null }));
  const latest = useRef(0);

  useEffect(() => {
    const onPop = () => dispatch({ type: 'view', view: parseView(location.search) });
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    const ticket = ++latest.current;
    const load = async () => {
      try {
        const response = await fetch(`/api/products?${queryOf(state.view)}&pageSize=10`);
        const body = await response.json();
        if (ticket !== latest.current) return;
        if (!response.ok) dispatch({ type: 'failed', problem: body?.error?.message ?? `Error ${response.status}` });
        else dispatch({ type: 'loaded', items: body.items, total: body.total });
      } catch {
        if (ticket === latest.current) dispatch({ type: 'failed', problem: 'The network is down.' });
      }
    };
    void load();
  }, [state.view]);

  const go = (view: View) => {
    history.pushState({}, '', `?${queryOf(view)}`);
    dispatch({ type: 'view', view });
  };

  return { ...state, go };
}
