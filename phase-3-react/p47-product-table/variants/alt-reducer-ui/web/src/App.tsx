// Another page: a reducer hook, the debounce as a timer kept in a ref (window.setTimeout), a
// caption naming the table, aria-labels on arrow buttons, aria-sort="none" on the other columns.
import { useEffect, useRef, useState } from 'react';
import { KINDS, useCatalog } from './use-catalog.js';

const COLUMNS = [
  ['name', 'Name'],
  ['category', 'Category'],
  ['price', 'Price'],
] as const;

export function App() {
  const catalog = useCatalog();
  const { view } = catalog;
  const [text, setText] = useState(view.q);
  const timer = useRef<number | undefined>(undefined);

  // When the view changes from outside (Back), the box follows it.
  useEffect(() => setText(view.q), [view.q]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const typed = (value: string) => {
    setText(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const q = value.trim();
      if (q !== view.q) catalog.go({ ...view, q, page: 1 });
    }, 300);
  };

  const pages = catalog.total === null ? 0 : Math.ceil(catalog.total / 10);
  let status = `Showing page ${view.page} of ${pages} — ${catalog.total} products`;
  if (catalog.busy) status = 'Loading…';
  else if (catalog.problem) status = 'Could not load.';
  else if (catalog.total === 0) status = 'No products found.';

  return (
    <div>
      <h1>Products</h1>
      <input aria-label="Search products" type="search" value={text} onChange={(e) => typed(e.target.value)} placeholder="lamp, chair…" />
      <label htmlFor="kind">Category</label>
      <select id="kind" value={view.category} onChange={(e) => catalog.go({ ...view, category: e.target.value, page: 1 })}>
        <option value="">All categories</option>
        {KINDS.map((k) => (
          <option key={k}>{k}</option>
        ))}
      </select>
      <div role="status" aria-live="polite">
        {status}
      </div>
      {catalog.problem ? <div role="alert">{catalog.problem}</div> : null}
      <table>
        <caption>Products</caption>
        <thead>
          <tr>
            {COLUMNS.map(([key, label]) => {
              const active = view.sort === key;
              return (
                <th key={key} aria-sort={active ? (view.order === 'desc' ? 'descending' : 'ascending') : 'none'}>
                  <button onClick={() => catalog.go({ ...view, sort: key, order: active && view.order === 'asc' ? 'desc' : 'asc', page: 1 })}>{label}</button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {catalog.items.map((item) => (
            <tr key={item.id}>
              <td>{item.name}</td>
              <td>{item.category}</td>
              <td>EUR {(item.priceCents / 100).toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button aria-label="Previous page" disabled={view.page === 1} onClick={() => catalog.go({ ...view, page: view.page - 1 })}>
        ‹
      </button>
      <button aria-label="Next page" disabled={view.page >= pages} onClick={() => catalog.go({ ...view, page: view.page + 1 })}>
        ›
      </button>
    </div>
  );
}
