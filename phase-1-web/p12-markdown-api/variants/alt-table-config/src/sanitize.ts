// The SPEC's allow-list as one table: tag -> the attributes it keeps. Everything else goes.
import sanitizeHtml from 'sanitize-html';

const TABLE: ReadonlyArray<[string[], string[]]> = [
  [['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], ['id']],
  [['a'], ['href', 'title']],
  [['img'], ['src', 'alt', 'title']],
  [['ol'], ['start']],
  [['th', 'td'], ['align']],
  [['code'], ['class']],
  [['p', 'br', 'hr', 'blockquote', 'pre', 'em', 'strong', 'del', 'ul', 'li', 'table', 'thead', 'tbody', 'tr'], []],
];

export const ALLOWED_TAGS = TABLE.flatMap(([tags]) => tags);
export const ALLOWED_ATTRIBUTES: Record<string, string[]> = Object.fromEntries(TABLE.flatMap(([tags, attributes]) => tags.map((tag) => [tag, attributes])));

export function sanitize(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: ['https', 'http', 'mailto'],
    allowedSchemesByTag: { img: ['https', 'http'] },
    allowProtocolRelative: true,
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript'],
    transformTags: {
      // Only language-* classes survive on <code>; an element left with none loses the attribute.
      code: (tagName, attribs) => {
        const kept = (attribs.class ?? '').split(/\s+/).filter((name) => /^language-\S+$/.test(name));
        const { class: _dropped, ...rest } = attribs;
        return { tagName, attribs: kept.length > 0 ? { ...rest, class: kept.join(' ') } : rest };
      },
    },
  });
}
