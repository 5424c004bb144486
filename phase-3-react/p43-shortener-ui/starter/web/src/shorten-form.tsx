// The form that creates a short link (SPEC.md, Task 5). It checks nothing itself: the server's
// 400 and 409 answers say which field is wrong, and each problem is shown at its field.
import type { Link } from './api.js';

interface Props {
  onCreated: (link: Link) => void;
}

export function ShortenForm({ onCreated }: Props) {
  // TODO (Task 5): textboxes "Long URL" and "Custom alias", a button "Shorten"; the server's
  // problems per field tied with aria-describedby and aria-invalid, and announced.
  void onCreated;
  return null;
}
