// The product table. Its state (page, sort, order, category, search) lives in the URL: user
// changes push a history entry, the back and forward buttons (popstate) bring a state back, and
// a link with a query opens that view. The server does the sorting, filtering and paging.
import { useEffect, useState } from 'react';
import { ApiError, fetchProducts, type ProductPage } from './api.js';
import { CATEGORIES, PAGE_SIZE, readState, toSearch, type ListState, type SortField } from './list-state.js';

/** How long the search waits after the last keystroke before it asks the server. */
const SEARCH_DELAY_MS = 300;

const COLUMNS: ReadonlyArray<{ field: SortField; label: string }> = [
  { field: 'name', label: 'Name' },
  { field: 'category', label: 'Category' },
  { field: 'price', label: 'Price' },
];

function euros(cents: number): string {
  return `€${(cents / 100).toFixed(2)}`;
}

export function App() {
  const [view, setView] = useState<ListState>(() => readState(window.location.search));
  /** The search box's text: it runs ahead of view.q until the debounce sends it. */
  const [searchText, setSearchText] = useState(view.q);
  const [data, setData] = useState<ProductPage | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  /** A change the user made: a new history entry, then the new view. */
  const navigate = (next: ListState) => {
    window.history.pushState(null, '', `${window.location.pathname}${toSearch(next)}`);
    setView(next);
  };

  // Back and forward: the browser has already changed the URL; show what it says, push nothing.
  useEffect(() => {
    const onPopState = () => {
      const next = readState(window.location.search);
      setView(next);
      setSearchText(next.q);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  // The debounce: every keystroke restarts the timer, so only a pause sends the search. A new
  // search starts again at page 1.
  useEffect(() => {
    const q = searchText.trim();
    if (q === view.q) return;
    const timer = setTimeout(() => navigate({ ...view, q, page: 1 }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // navigate only reads view, which is a dependency already.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searchText, view]);

  // One request per view. Aborting the previous one means an old answer arriving late can never
  // replace the answer to what the user asked for last.
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    fetchProducts(view, controller.signal).then(
      (page) => {
        setData(page);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure instanceof ApiError ? failure.message : 'Something went wrong. Try again.');
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [view]);

  const sortBy = (field: SortField) => {
    const order = view.sort === field && view.order === 'asc' ? 'desc' : 'asc';
    navigate({ ...view, sort: field, order, page: 1 });
  };

  const totalPages = data ? Math.ceil(data.total / PAGE_SIZE) : 0;
  const status = loading ? 'Loading products…' : error ? '' : data && data.total === 0 ? 'No products match.' : `Page ${view.page} of ${totalPages} (${data?.total ?? 0} products)`;
  const rows = loading && !data ? [] : (data?.items ?? []);

  return (
    <main>
      <h1>Products</h1>
      <div className="filters">
        <label>
          Search products
          <input type="search" value={searchText} onChange={(e) => setSearchText(e.target.value)} />
        </label>
        <label>
          Category
          <select value={view.category} onChange={(e) => navigate({ ...view, category: e.target.value, page: 1 })}>
            <option value="">All categories</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <p role="alert">{error}</p>}
      <p role="status">{status}</p>
      <table aria-label="Products">
        <thead>
          <tr>
            {COLUMNS.map(({ field, label }) => (
              <th key={field} scope="col" aria-sort={view.sort === field ? (view.order === 'asc' ? 'ascending' : 'descending') : undefined}>
                <button type="button" onClick={() => sortBy(field)}>
                  {label}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((product) => (
            <tr key={product.id}>
              {/* Names are text: React escapes them, so "<b>" shows as "<b>", never as markup. */}
              <td>{product.name}</td>
              <td>{product.category}</td>
              <td>{euros(product.priceCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages">
        <button type="button" disabled={view.page <= 1} onClick={() => navigate({ ...view, page: view.page - 1 })}>
          Previous page
        </button>
        <button type="button" disabled={view.page >= totalPages} onClick={() => navigate({ ...view, page: view.page + 1 })}>
          Next page
        </button>
      </nav>
    </main>
  );
}
