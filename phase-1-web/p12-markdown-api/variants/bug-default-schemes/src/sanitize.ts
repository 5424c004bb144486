// Markdown lets its author write raw HTML, and marked copies that HTML into its output as it is:
// `<script>`, `onerror=` and `javascript:` links included. Whoever shows our HTML in a page would
// run that code in their readers' browsers (cross-site scripting, XSS). So every fragment goes
// through sanitize-html with an allow-list: what is not listed here is removed.
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

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: ALLOWED_ATTRIBUTES,
  // marked marks the language of a fenced block as class="language-js": keep that class only.
  allowedClasses: { code: ['language-*'] },
  // URLs with a scheme keep only these; relative URLs (/docs, #intro, page.html) have none and stay.
  // sanitize-html decodes entities and ignores whitespace first, so `java&#115;cript:` is caught.
  allowedSchemesByTag: { img: ['http', 'https'] },
  // A tag that is not allowed is dropped and its text kept, except for these, whose text is code
  // or markup rather than prose (sanitize-html's default list, written out to be explicit).
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript'],
};

/** Removes from an HTML fragment every tag, attribute and URL scheme the allow-list does not name. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
