// The shortener page. The DOM checks render this component on its own: everything the page does
// starts here. SPEC.md's accessibility contract names every element the checks look for.
import { api } from './api.js';
import { ShortenForm } from './shorten-form.js';
import { Sparkline } from './sparkline.js';

export function App() {
  // TODO (Task 4): load the links when the page opens; loading, empty, error and full states.
  // TODO (Task 5): the form. TODO (Task 6): the new link and "Copy link". TODO (Task 7): a
  // "Stats for <code>" button per link and its sparkline.
  void [api, ShortenForm, Sparkline];
  return (
    <main>
      <h1>Short links</h1>
    </main>
  );
}
