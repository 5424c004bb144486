// The contact manager page. The DOM checks render this component on its own: everything the page
// does starts here. SPEC.md's accessibility contract names every element the checks look for.
import { api } from './api.js';
import { ContactFormView } from './contact-form.js';

export function App() {
  // TODO (Task 3): load the contacts when the page opens (loading, empty, list, error) and add
  // contacts with ContactFormView. TODO (Task 6): edit and delete.
  void [api, ContactFormView];
  return (
    <main>
      <h1>Contacts</h1>
    </main>
  );
}
