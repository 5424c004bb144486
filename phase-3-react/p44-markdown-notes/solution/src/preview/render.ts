// Markdown to safe HTML for the live preview. Markdown lets its author write raw HTML, and marked
// copies that HTML into its output as it is: `<script>`, `onerror=` and `javascript:` links
// included. The page puts this HTML into the DOM, so it must never carry code (cross-site
// scripting, p12). Every fragment goes through sanitize-html with an allow-list: what is not
// listed here is removed.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { invalid } from '../notes/validation.js';

/** The tags the preview may contain: what Markdown itself produces, and nothing else. */
export const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'p', 'br', 'hr', 'blockquote', 'pre', 'code',
  'em', 'strong', 'del', 'a', 'img',
  'ul', 'ol', 'li',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
];

/** The attributes each tag may keep. Event handlers such as onerror are never listed. */
export const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
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
  // URLs with a scheme keep only these; relative URLs (/docs, #intro) have none and stay.
  // sanitize-html decodes entities and ignores whitespace first, so `java&#115;cript:` is caught.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript'],
};

/** Renders a note's body (GitHub-flavoured Markdown) to an HTML fragment with nothing executable in it. */
export function renderPreview(markdown: string): string {
  // A new instance per call: marked.use() would change the one global instance for everyone.
  const marked = new Marked({ gfm: true });
  let html: string;
  try {
    html = marked.parse(markdown, { async: false });
  } catch (error) {
    // marked recurses once per level of nesting: a few thousand `>` overflow the call stack.
    // That is the client's input, not our bug: a 400, not a 500.
    if (error instanceof RangeError) throw invalid([{ field: 'body', message: 'is nested too deeply to render' }]);
    throw error;
  }
  // Sanitise marked's output, after rendering: the Markdown source itself is not HTML yet.
  return sanitizeHtml(html, OPTIONS);
}
