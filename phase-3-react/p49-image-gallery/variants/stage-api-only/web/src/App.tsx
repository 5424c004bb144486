// The gallery page. The DOM checks render this component on its own: everything the page does
// starts here. SPEC.md's accessibility contract names every element the checks look for.
import { listImages, uploadImage } from './api.js';

export function App() {
  // TODO (Task 3): load the gallery when the page opens; loading, empty, error and full states.
  // TODO (Task 4): the upload form with its progressbar and the server's refusals in an alert.
  // TODO (Task 5): the lightbox: a dialog, Previous/Next, the keys, and focus in and back out.
  // upload-form.tsx and lightbox.tsx are suggested homes for Tasks 4 and 5.
  void [listImages, uploadImage];
  return (
    <main>
      <h1>Image gallery</h1>
    </main>
  );
}
