// Markdown to safe HTML, with an id on every heading and a table of contents that links to them.
import { Marked, type Token, type Tokens } from 'marked';
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
  return tokens
    .map((token) => {
      if ('tokens' in token && Array.isArray(token.tokens)) return plainText(token.tokens);
      if (token.type === 'text' || token.type === 'codespan' || token.type === 'escape') return (token as Tokens.Text).text;
      return '';
    })
    .join('');
}

/**
 * Renders a Markdown document (GitHub-flavoured, marked's defaults) to a sanitised HTML fragment.
 * A new Marked instance per document: its heading renderer fills this document's toc and slugger,
 * so nothing is shared between requests (marked.use() would change the one global instance).
 */
export function renderMarkdown(markdown: string): Rendered {
  const toc: TocEntry[] = [];
  const slug = createSlugger();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const text = plainText(tokens);
        const id = slug(text);
        toc.push({ level: depth, text, id });
        return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  let html: string;
  try {
    html = marked.parse(markdown, { async: false });
  } catch (error) {
    // marked recurses once per level of nesting: thousands of `>` overflow the call stack. That
    // is the client's input, not our bug, so it is a 400 and not a 500.
    if (error instanceof RangeError) throw invalidField('markdown', 'is nested too deeply to render');
    throw error;
  }
  // Sanitise the final HTML, after rendering: the Markdown source itself is not HTML yet.
  return { html: sanitize(html), toc };
}
