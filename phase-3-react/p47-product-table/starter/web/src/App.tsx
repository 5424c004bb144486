// The product table page. The DOM checks render this component on its own: everything the page
// does starts here. SPEC.md's accessibility contract names every element the checks look for.
import { fetchProducts } from './api.js';
import { readState } from './list-state.js';

export function App() {
  // TODO (Task 4): load the page of products; the table, the status, Previous and Next.
  // TODO (Task 5): sort buttons with aria-sort, the debounced search, the category select.
  // TODO (Task 6): the view in the URL: pushState on changes, popstate, links with a query.
  void [fetchProducts, readState];
  return (
    <main>
      <h1>Products</h1>
    </main>
  );
}
