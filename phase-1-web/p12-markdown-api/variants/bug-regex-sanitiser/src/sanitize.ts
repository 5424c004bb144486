// A sanitiser without a library: regular expressions over marked's HTML. It decodes character
// references and drops whitespace before it looks at a URL, and refuses the dangerous schemes.

export const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code',
  'em', 'strong', 'del', 'a', 'img', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];

export const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
  a: ['href', 'title'], img: ['src', 'alt', 'title'], ol: ['start'], th: ['align'], td: ['align'], code: ['class'],
};

const DANGEROUS = ['javascript', 'vbscript', 'data'];
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', quot: '"', lt: '<', gt: '>' };

function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (m, name: string) => NAMED[name.toLowerCase()] ?? m);
}

function isSafeUrl(value: string): boolean {
  const plain = decode(value).replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return !DANGEROUS.some((scheme) => plain.startsWith(`${scheme}:`));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function cleanTag(whole: string, slash: string, rawName: string, rawAttributes: string): string {
  const tag = rawName.toLowerCase();
  if (!ALLOWED_TAGS.includes(tag)) return '';
  if (slash) return `</${tag}>`;
  const allowed = ALLOWED_ATTRIBUTES[tag] ?? [];
  const kept: string[] = [];
  const attribute = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of rawAttributes.matchAll(attribute)) {
    const name = match[1]!.toLowerCase();
    const value = decode(match[2] ?? match[3] ?? match[4] ?? '');
    if (!allowed.includes(name)) continue;
    if ((name === 'href' || name === 'src') && !isSafeUrl(value)) continue;
    if (name === 'src' && /^\s*mailto:/i.test(value)) continue;
    if (name === 'class') {
      const classes = value.split(/\s+/).filter((cls) => cls.startsWith('language-'));
      if (classes.length > 0) kept.push(`class="${escapeAttribute(classes.join(' '))}"`);
      continue;
    }
    kept.push(`${name}="${escapeAttribute(value)}"`);
  }
  return `<${tag}${kept.map((text) => ` ${text}`).join('')}>`;
}

export function sanitize(html: string): string {
  return html
    .replace(/<(script|style|textarea|option|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(\/?)([a-z][a-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi, cleanTag);
}
