// Markdown to safe HTML, with an id on every heading and a table of contents that links to them.
// marked: https://marked.js.org/using_advanced (options, instances) and
// https://marked.js.org/using_pro#renderer (overriding how a heading is written).
import { Marked, type Token } from 'marked';
import { invalidField } from './errors.js';
import { sanitize } from './sanitize.js';
import { createSlugger } from './slug.js';

/** One heading of the document, in the table of contents. */
export interface TocEntry {
  /** 1 for `#`, 2 for `##`... 6 for `######`. */
  level: number;
  /** What a reader sees: the heading without its Markdown formatting. */
  text: string;
  /** The heading's id in the HTML, so that `#id` links to it. */
  id: string;
}

export interface Rendered {
  html: string;
  toc: TocEntry[];
}

/**
 * The text a reader sees in a heading: `Hello *world*` is `Hello world`, `` Use `npm` `` is
 * `Use npm`. Formatting tokens (em, strong, link, del...) hold their content in `tokens`; text,
 * code spans and escapes (`\*`) hold it in `text`; raw HTML and images show no text of their own.
 */
export function plainText(tokens: Token[]): string {
  // TODO (Task 4): recurse into token.tokens where a token has them.
  throw new Error(`Not implemented: plainText of ${tokens.length} tokens (Task 4)`);
}

/**
 * Renders a Markdown document (GitHub-flavoured, marked's defaults) to a sanitised HTML fragment.
 */
export function renderMarkdown(markdown: string): Rendered {
  // TODO (Task 1): new Marked({ gfm: true }).parse(markdown, { async: false }), toc [] for now.
  // Use a new Marked instance per call, never marked.use(): that changes one global instance.
  // TODO (Task 2): marked throws a RangeError on Markdown nested thousands of levels deep: turn it
  // into invalidField('markdown', 'is nested too deeply to render'), a 400 and not a 500.
  // TODO (Task 3): sanitize() the whole HTML that marked wrote.
  // TODO (Task 4): give the Marked instance a heading renderer that takes an id from a slugger
  // made for this document (createSlugger), adds { level, text, id } to the toc, and writes
  // <hN id="...">this.parser.parseInline(tokens)</hN>.
  void [Marked, invalidField, sanitize, createSlugger];
  throw new Error(`Not implemented: renderMarkdown of ${markdown.length} characters (Task 1)`);
}
