// Markdown lets its author write raw HTML, and marked copies that HTML into its output as it is:
// `<script>`, `onerror=` and `javascript:` links included. Whoever shows our HTML in a page would
// run that code in their readers' browsers (cross-site scripting, XSS). So every fragment goes
// through sanitize-html with an allow-list: what is not listed is removed.
// https://github.com/apostrophecms/sanitize-html#readme
import sanitizeHtml from 'sanitize-html';

/** The tags a rendered document may contain: what Markdown itself produces, and nothing else. */
export const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'p', 'br', 'hr', 'blockquote', 'pre', 'code',
  'em', 'strong', 'del', 'a', 'img',
  'ul', 'ol', 'li',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
];

/** The attributes each tag may keep. Event handlers such as onclick are never listed. */
export const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
  ol: ['start'],
  th: ['align'],
  td: ['align'],
  code: ['class'],
};

/** Removes from an HTML fragment every tag, attribute and URL scheme the allow-list does not name. */
export function sanitize(html: string): string {
  // TODO (Task 3): return sanitizeHtml(html, options) with the allow-list above, the class
  // language-* only on <code>, the URL schemes http, https and mailto (http and https only for
  // <img src>), and the text of <script>, <style>, <textarea>, <option>, <noscript> removed too.
  // Until then the HTML goes out as marked wrote it: unsafe.
  void sanitizeHtml;
  return html;
}
