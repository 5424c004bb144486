// Hidden suite for p12 Markdown API. It drives the app over real HTTP on a loopback port and uses
// only what SPEC.md's Interface section promises: createApp(options) in src/app.ts, POST /render,
// its status codes, headers, body shapes and error codes. HTML is never compared as a whole string
// (marked's whitespace may change between versions): it is parsed, and the elements that matter
// are checked. Wording of messages is never checked.
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { expectApiError, expectHostileInputRefused, expectInvalid, expectJson, expectStatus, load, serve, type AppLike, type HttpResponse, type TestServer } from '#testkit';

interface AppOptions {
  maxBytes?: number;
}

interface AppModule {
  createApp: (options?: AppOptions) => AppLike;
}

interface TocEntry {
  level: number;
  text: string;
  id: string;
}

/** Builds a fresh app from the implementation and serves it for this check. */
async function start(options?: AppOptions): Promise<TestServer> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  return serve(createApp(options));
}

function postMarkdown(server: TestServer, markdown: string, headers: Record<string, string> = {}): Promise<HttpResponse> {
  return server.post('/render', { body: markdown, headers: { 'content-type': 'text/markdown', ...headers } });
}

function postJson(server: TestServer, value: unknown, headers: Record<string, string> = {}): Promise<HttpResponse> {
  return server.post('/render', { json: value, headers });
}

function postRaw(server: TestServer, body: string | Buffer | undefined, headers: Record<string, string> = {}): Promise<HttpResponse> {
  return server.post('/render', { body, headers });
}

/** Asserts a 200 JSON answer { html: string, toc: array } and returns it. */
function rendered(res: HttpResponse): { html: string; toc: TocEntry[] } {
  expectStatus(res, 200);
  expectJson(res);
  const body = res.json as { html?: unknown; toc?: unknown } | undefined;
  expect(typeof body?.html, `${res.request}: the body should have "html": string, got ${res.text.slice(0, 200)}`).toBe('string');
  expect(Array.isArray(body?.toc), `${res.request}: the body should have "toc": array, got ${res.text.slice(0, 200)}`).toBe(true);
  return body as { html: string; toc: TocEntry[] };
}

type HtmlNode = ReturnType<typeof parseDocument>['children'][number];
type HtmlElement = Parameters<typeof DomUtils.getAttributeValue>[0];

/** Elements (tags) have a name and attributes; text and comments do not. */
function isTag(node: unknown): node is HtmlElement {
  return typeof node === 'object' && node !== null && 'attribs' in node && 'name' in node;
}

/** The few DOM features the checks need, over htmlparser2's tree (the parser sanitize-html uses). */
class Element {
  constructor(readonly node: HtmlElement) {}
  get tagName(): string {
    return this.node.name.toUpperCase();
  }
  get textContent(): string {
    return DomUtils.textContent(this.node);
  }
  get id(): string {
    return this.node.attribs.id ?? '';
  }
  get className(): string {
    return this.node.attribs.class ?? '';
  }
  get classList(): string[] {
    return this.className.split(/\s+/).filter((name) => name !== '');
  }
  get children(): HtmlNode[] {
    return this.node.children.filter((child) => isTag(child));
  }
  get attributes(): Array<{ name: string; value: string }> {
    return Object.entries(this.node.attribs).map(([name, value]) => ({ name, value }));
  }
  get outerHTML(): string {
    return DomUtils.getOuterHTML(this.node);
  }
  getAttribute(name: string): string | null {
    return this.node.attribs[name] ?? null;
  }
}

/** One compound selector: a tag or *, maybe [attr="value"], maybe :last-child. */
function matchesSimple(node: HtmlElement, simple: string): boolean {
  const match = /^([a-z0-9*]+)(?:\[([a-z-]+)="([^"]*)"\])?(:last-child)?$/.exec(simple);
  if (!match) throw new Error(`unsupported selector ${simple}`);
  const [, tag, attribute, value, lastChild] = match;
  if (tag !== '*' && node.name !== tag) return false;
  if (attribute !== undefined && node.attribs[attribute] !== value) return false;
  if (lastChild !== undefined) {
    const siblings = (node.parent?.children ?? []).filter((child) => isTag(child));
    if (siblings[siblings.length - 1] !== node) return false;
  }
  return true;
}

/** A selector of compound parts joined by spaces (descendant) or > (child), matched right to left. */
function matchesChain(node: HtmlElement, parts: string[]): boolean {
  const last = parts[parts.length - 1];
  if (last === undefined || !matchesSimple(node, last)) return false;
  if (parts.length === 1) return true;
  const rest = parts.slice(0, -1);
  const child = rest[rest.length - 1] === '>';
  const outer = child ? rest.slice(0, -1) : rest;
  for (let parent = node.parent; parent && isTag(parent); parent = parent.parent) {
    if (matchesChain(parent, outer)) return true;
    if (child) return false;
  }
  return false;
}

class Fragment {
  constructor(readonly root: ReturnType<typeof parseDocument>) {}
  get textContent(): string {
    return DomUtils.textContent(this.root);
  }
  querySelectorAll(selector: string): Element[] {
    const chains = selector.split(',').map((group) => group.replace(/>/g, ' > ').trim().split(/\s+/));
    return DomUtils.findAll((node) => chains.some((chain) => matchesChain(node, chain)), this.root.children).map((node) => new Element(node));
  }
  querySelector(selector: string): Element | undefined {
    return this.querySelectorAll(selector)[0];
  }
}

/** Parses an HTML fragment (entities decoded, tag and attribute names in lower case). */
function parse(html: string): Fragment {
  return new Fragment(parseDocument(html));
}

/** Renders `markdown` (as text/markdown) and returns the parsed HTML and the response. */
async function renderDom(server: TestServer, markdown: string): Promise<{ dom: Fragment; res: HttpResponse; toc: TocEntry[] }> {
  const res = await postMarkdown(server, markdown);
  const body = rendered(res);
  return { dom: parse(body.html), res, toc: body.toc };
}

function textOf(dom: Fragment): string {
  return (dom.textContent ?? '').replace(/\s+/g, ' ');
}

/** The allow-list of the spec: tag -> attributes it may keep. */
const ALLOWED: Record<string, string[]> = {
  h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
  p: [], br: [], hr: [], blockquote: [], pre: [], code: ['class'],
  em: [], strong: [], del: [], a: ['href', 'title'], img: ['src', 'alt', 'title'],
  ul: [], ol: ['start'], li: [],
  table: [], thead: [], tbody: [], tr: [], th: ['align'], td: ['align'],
};

/** What a browser would run as a URL scheme: it ignores tabs and newlines, and leading spaces. */
function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/** Every element and attribute is on the allow-list, and no URL has a dangerous scheme. */
function expectSafe(dom: Fragment, request: string): void {
  for (const element of Array.from(dom.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    expect(Object.keys(ALLOWED), `${request}: <${tag}> is not on the allow-list, but the HTML has ${element.outerHTML.slice(0, 120)}`).toContain(tag);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      expect(name.startsWith('on'), `${request}: the event attribute ${name} must be removed, found in ${element.outerHTML.slice(0, 120)}`).toBe(false);
      expect(ALLOWED[tag] ?? [], `${request}: <${tag}> may not keep the attribute ${name} (${element.outerHTML.slice(0, 120)})`).toContain(name);
      if (name === 'class') {
        for (const cls of Array.from(element.classList)) expect(cls, `${request}: the only classes allowed are language-*`).toMatch(/^language-/);
      }
      if (name === 'href' || name === 'src') {
        const scheme = schemeOf(attribute.value);
        if (scheme !== undefined) {
          const allowed = name === 'src' ? ['http', 'https'] : ['http', 'https', 'mailto'];
          expect(allowed, `${request}: ${name}="${attribute.value}" has a scheme that is not allowed`).toContain(scheme);
        }
      }
    }
  }
}

describe('Task 1: Render a Markdown body', () => {
  it('POST /render with text/markdown answers 200 JSON { html, toc }', async () => {
    const server = await start();
    const { dom } = await renderDom(server, '# Title\n\nHello *world* and **you**.');
    expect(dom.querySelector('h1')?.textContent, 'POST /render "# Title...": the <h1> text').toBe('Title');
    expect(dom.querySelector('p em')?.textContent, 'POST /render "...Hello *world*": the <em> in the paragraph').toBe('world');
    expect(dom.querySelector('p strong')?.textContent, 'POST /render "...**you**": the <strong> in the paragraph').toBe('you');
  });

  it('lists, links and code render', async () => {
    const server = await start();
    const { dom } = await renderDom(server, '- one\n- two\n- three\n\n1. first\n2. second\n\nSee [the docs](https://example.com/docs) and `npm test`.');
    expect(dom.querySelectorAll('ul > li').length, 'POST /render with a 3-item list: <ul><li> count').toBe(3);
    expect(dom.querySelectorAll('ol > li').length, 'POST /render with a 2-item numbered list: <ol><li> count').toBe(2);
    const link = dom.querySelector('a');
    expect(link?.getAttribute('href'), 'POST /render [the docs](https://example.com/docs): the link').toBe('https://example.com/docs');
    expect(link?.textContent, 'POST /render [the docs](...): the link text').toBe('the docs');
    expect(dom.querySelector('code')?.textContent, 'POST /render `npm test`: the <code>').toBe('npm test');
  });

  it('charset=utf-8 is accepted and Unicode comes back unchanged', async () => {
    const server = await start();
    const res = await postMarkdown(server, 'Zoë says 👋 to 世界', { 'content-type': 'text/markdown; charset=utf-8' });
    const dom = parse(rendered(res).html);
    expect(dom.querySelector('p')?.textContent, `${res.request}: the paragraph`).toBe('Zoë says 👋 to 世界');
  });

  it('an empty body renders to an empty fragment', async () => {
    const server = await start();
    const body = rendered(await postMarkdown(server, ''));
    expect(body.html.trim(), 'POST /render with an empty text/markdown body: html').toBe('');
    expect(body.toc, 'POST /render with an empty body: toc').toEqual([]);
    const none = rendered(await postRaw(server, undefined, { 'content-type': 'text/markdown' }));
    expect(none.html.trim(), 'POST /render with Content-Type text/markdown and no body at all: html').toBe('');
  });

  it('other methods on /render are a 405 with Allow: POST', async () => {
    const server = await start();
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const res = await server.request(method, '/render');
      expectApiError(res, 405, 'method_not_allowed');
      expect(res.headers.get('allow')?.replace(/\s/g, ''), `${res.request}: the Allow header`).toBe('POST');
    }
    const head = await server.request('HEAD', '/render');
    expectStatus(head, 405);
  });

  it('unknown paths are a JSON 404, and their body is never read', async () => {
    const server = await start();
    expectApiError(await server.get('/'), 404, 'not_found');
    expectApiError(await server.post('/renders', { body: '# Hi', headers: { 'content-type': 'text/markdown' } }), 404, 'not_found');
    expectApiError(await server.post('/render/html', { json: { markdown: '# Hi' } }), 404, 'not_found');
    expectApiError(await server.post('/nope', { body: '{"markdown": ', headers: { 'content-type': 'application/json' } }), 404, 'not_found');
  });
});

describe('Task 2: JSON bodies, content types and size limits', () => {
  it('a JSON body { "markdown": ... } renders like a text body', async () => {
    const server = await start();
    const body = rendered(await postJson(server, { markdown: '## Setup\n\nRun `npm install`.' }));
    const dom = parse(body.html);
    expect(dom.querySelector('h2')?.textContent, 'POST /render {"markdown": "## Setup..."}: the <h2>').toBe('Setup');
    expect(dom.querySelector('p code')?.textContent, 'POST /render {"markdown": "...`npm install`"}: the <code>').toBe('npm install');
    const withCharset = await postRaw(server, '{"markdown": "*é*"}', { 'content-type': 'application/json; charset=utf-8' });
    expect(parse(rendered(withCharset).html).querySelector('em')?.textContent, `${withCharset.request}: the <em>`).toBe('é');
  });

  it('other fields in the JSON body are ignored', async () => {
    const server = await start();
    const body = rendered(await postJson(server, { markdown: '*hi*', theme: 'dark', admin: true }));
    expect(parse(body.html).querySelector('em')?.textContent, 'POST /render with extra fields: the <em>').toBe('hi');
  });

  it('a body in another content type is a 415 unsupported_media_type', async () => {
    const server = await start();
    for (const type of ['text/plain', 'text/html', 'application/x-www-form-urlencoded', 'application/xml', 'text/x-markdown']) {
      expectApiError(await postRaw(server, '# Hi', { 'content-type': type }), 415, 'unsupported_media_type');
    }
  });

  it('a body without a Content-Type is a 415, not guessed', async () => {
    const server = await start();
    expectApiError(await postRaw(server, Buffer.from('# Hi')), 415, 'unsupported_media_type');
    expectApiError(await postRaw(server, undefined), 415, 'unsupported_media_type');
  });

  it('a body of exactly maxBytes is read, one more byte is a 413 payload_too_large', async () => {
    const server = await start({ maxBytes: 100 });
    rendered(await postMarkdown(server, 'a'.repeat(100)));
    expectApiError(await postMarkdown(server, 'a'.repeat(101)), 413, 'payload_too_large');
    const json = '{"markdown": "hi"}';
    rendered(await postRaw(server, json + ' '.repeat(100 - json.length), { 'content-type': 'application/json' }));
    expectApiError(await postRaw(server, json + ' '.repeat(101 - json.length), { 'content-type': 'application/json' }), 413, 'payload_too_large');
  });

  it('the limit counts bytes, not characters', async () => {
    const server = await start({ maxBytes: 100 });
    // 60 characters, 120 bytes in UTF-8.
    expectApiError(await postMarkdown(server, 'é'.repeat(60)), 413, 'payload_too_large');
    expectApiError(await postJson(server, { markdown: 'é'.repeat(60) }), 413, 'payload_too_large');
  });

  it('the default limit is 64 KiB (65536 bytes)', async () => {
    const server = await start();
    const line = 'lorem ipsum dolor sit amet\n';
    const exact = line.repeat(Math.floor(65536 / line.length)).padEnd(65536, 'x');
    rendered(await postMarkdown(server, exact));
    expectApiError(await postMarkdown(server, exact + 'x'), 413, 'payload_too_large');
  });

  it('each app has its own limit', async () => {
    const small = await start({ maxBytes: 50 });
    const large = await start({ maxBytes: 5000 });
    const markdown = '# Hello\n\n' + 'word '.repeat(100);
    expectApiError(await postMarkdown(small, markdown), 413, 'payload_too_large');
    rendered(await postMarkdown(large, markdown));
  });

  it('the content type is checked before the size', async () => {
    const server = await start({ maxBytes: 100 });
    expectApiError(await postRaw(server, 'x'.repeat(5000), { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
  });

  it('malformed JSON is a 400 invalid_json', async () => {
    const server = await start();
    for (const body of ['{"markdown": "hi"', "{markdown: 'hi'}", '{"markdown": "hi",}', 'markdown=hi', '# Hi']) {
      expectApiError(await postRaw(server, body, { 'content-type': 'application/json' }), 400, 'invalid_json');
    }
  });

  it('a missing or non-string markdown is a 400 validation_failed about "markdown"', async () => {
    const server = await start();
    expectInvalid(await postJson(server, {}), 'markdown');
    expectInvalid(await postJson(server, { text: '# Hi' }), 'markdown');
    for (const markdown of [42, null, true, ['# Hi'], { text: '# Hi' }]) {
      expectInvalid(await postJson(server, { markdown }), 'markdown');
    }
  });

  it('a toc that is not a boolean is a 400 validation_failed about "toc"', async () => {
    const server = await start();
    for (const toc of ['yes', 1, null, []]) {
      expectInvalid(await postJson(server, { markdown: '# Hi', toc }), 'toc');
    }
    expectInvalid(await postJson(server, { markdown: 7, toc: 'no' }), 'markdown', 'toc');
  });

  it('a JSON body that is not an object is a 400', async () => {
    const server = await start();
    expectInvalid(await postJson(server, ['# Hi']), 'body');
    for (const body of ['"# Hi"', '42', 'null']) {
      const res = await postRaw(server, body, { 'content-type': 'application/json' });
      expectStatus(res, 400);
      const code = (res.json as { error?: { code?: unknown } } | undefined)?.error?.code;
      expect(['invalid_json', 'validation_failed'], `${res.request}: error.code should be invalid_json or validation_failed, got ${JSON.stringify(code)}`).toContain(code);
    }
  });

  it('Markdown nested too deeply to render is a 400 validation_failed, not a crash', async () => {
    const server = await start();
    expectInvalid(await postMarkdown(server, '>'.repeat(20_000)), 'markdown');
    rendered(await postMarkdown(server, '> > > quoted three times'));
  });

  it('deep nesting in a JSON body is a 400 validation_failed too', async () => {
    const server = await start();
    expectInvalid(await postJson(server, { markdown: '>'.repeat(20_000) }), 'markdown');
  });

  it('a body that cannot be decoded is a 415', async () => {
    const server = await start();
    expectApiError(await postRaw(server, '{"markdown": "hi"}', { 'content-type': 'application/json; charset=latin1' }), 415, 'unsupported_media_type');
    expectApiError(await postRaw(server, '# Hi', { 'content-type': 'text/markdown', 'content-encoding': 'snappy' }), 415, 'unsupported_media_type');
  });
  it('a corrupt or truncated gzip or deflate body is a 400 invalid_json, never a 500', async () => {
    const server = await start();
    const good = gzipSync(Buffer.from(JSON.stringify({ markdown: '# Hi' })));
    const cases: Array<[string, string, Buffer, string]> = [
      ['application/json', 'gzip', Buffer.from('this is not gzip at all'), 'corrupt gzip'],
      ['application/json', 'gzip', good.subarray(0, good.length - 6), 'truncated gzip'],
      ['application/json', 'deflate', Buffer.from([0x78, 0x9c, 0xff, 0xff, 0x00, 0x01]), 'corrupt deflate'],
      ['text/markdown', 'gzip', Buffer.from('# not gzip either'), 'corrupt gzip'],
    ];
    for (const [type, encoding, body, what] of cases) {
      const res = await postRaw(server, body, { 'content-type': type, 'content-encoding': encoding });
      expect(res.status, `POST /render with a ${what} ${type} body (Content-Encoding: ${encoding}): the SPEC says 400 invalid_json`).toBe(400);
      expectApiError(res, 400, 'invalid_json');
    }
    const ok = await postRaw(server, good, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(rendered(ok).toc.map((entry) => entry.text), `${ok.request} (a valid gzip body): the toc`).toEqual(['Hi']);
  });

  it('survives the hostile-input battery: never a 5xx, always the JSON error shape', async () => {
    const server = await start();
    await expectHostileInputRefused(server, [{ method: 'POST', path: '/render', body: { markdown: '# Hello', toc: true } }]);
  });
});

describe('Task 3: Sanitise the HTML', () => {
  it('event attributes in the forms attackers send (upper case, unquoted) are dropped', async () => {
    const server = await start();
    const markdown = [
      '<IMG SRC="https://example.com/a.png" ONERROR=alert(1)>',
      '<img src=https://example.com/b.png onerror=alert(2)//>',
      '<IMG SRC=x ONERROR=alert(3)>',
      '<P ONCLICK=alert(4)>para</P>',
      '<A HREF="https://example.com/c" ONMOUSEOVER="alert(5)">upper</A>',
      '<h3 OnFocus=alert(6) tabindex=1>Raw heading</h3>',
    ].join('\n\n');
    const { dom, res } = await renderDom(server, markdown);
    expectSafe(dom, res.request);
    const sources = Array.from(dom.querySelectorAll('img')).map((img) => img.getAttribute('src'));
    expect(sources, `${res.request}: the https sources of the images stay (the SPEC allows src)`).toEqual(expect.arrayContaining(['https://example.com/a.png', 'https://example.com/b.png']));
    expect(dom.querySelector('a')?.getAttribute('href'), `${res.request}: HREF="https://..." stays`).toBe('https://example.com/c');
    for (const word of ['para', 'upper', 'Raw heading']) expect(textOf(dom), `${res.request}: the text "${word}" stays`).toContain(word);
  });

  it('schemes hidden by character references, whitespace or mixed case lose their href', async () => {
    const server = await start();
    const links: Array<[string, string]> = [
      ['jav&#x09;ascript:alert(1)', 'tabref'],
      ['&#106;avascript:alert(1)', 'decimalref'],
      ['&#x6A;avascript&#x3A;alert(1)', 'hexref'],
      ['&#0000106;avascript:alert(1)', 'paddedref'],
      ['javascript&colon;alert(1)', 'namedcolon'],
      [' javascript:alert(1)', 'leadingspace'],
      ['\njavascript:alert(1)', 'leadingnewline'],
      ['java\nscript:alert(1)', 'innernewline'],
      ['JaVaScRiPt:alert(1)', 'mixedcase'],
      ['VBSCRIPT:msgbox(1)', 'vbscript'],
      ['DATA:text/html,<script>alert(1)</script>', 'datalink'],
    ];
    const markdown = links.map(([href, word]) => `<a href="${href}">${word}</a>`).join('\n\n') + '\n\n<img src="jav&#x09;ascript:alert(1)" alt="tabimg"> <img src=" javascript:alert(1)" alt="spaceimg">';
    const { dom, res } = await renderDom(server, markdown);
    expectSafe(dom, res.request);
    for (const [href, word] of links) {
      const link = Array.from(dom.querySelectorAll('a')).find((a) => a.textContent === word);
      expect(link, `${res.request}: the link "${word}" stays, as its text`).toBeDefined();
      expect(link?.getAttribute('href'), `${res.request}: <a href="${href}"> must lose its href (its scheme is not http, https or mailto)`).toBeNull();
    }
    for (const alt of ['tabimg', 'spaceimg']) {
      expect(dom.querySelector(`img[alt="${alt}"]`)?.getAttribute('src'), `${res.request}: the image "${alt}" must lose its src`).toBeFalsy();
    }
  });

  it('schemes that are simply not on the allow-list lose their href or src: file:, ftp:, tel:, sms:', async () => {
    const server = await start();
    const markdown = '[fileword](file:///etc/passwd) [ftpword](ftp://example.com/f.txt) [telword](tel:+15551234) <a href="sms:+15551234">smsword</a> [okword](https://example.com)\n\n![ftpimg](ftp://example.com/i.png) ![mailimg](mailto:ada@example.com) ![fileimg](file:///tmp/i.png) ![okimg](https://example.com/i.png)';
    const { dom, res } = await renderDom(server, markdown);
    expectSafe(dom, res.request);
    for (const word of ['fileword', 'ftpword', 'telword', 'smsword']) {
      const link = Array.from(dom.querySelectorAll('a')).find((a) => a.textContent === word);
      expect(link, `${res.request}: the link "${word}" stays, as its text`).toBeDefined();
      expect(link?.getAttribute('href'), `${res.request}: the link "${word}" must lose its href (the SPEC allows http, https and mailto only)`).toBeNull();
    }
    expect(Array.from(dom.querySelectorAll('a')).find((a) => a.textContent === 'okword')?.getAttribute('href'), `${res.request}: [okword](https://example.com) keeps its href`).toBe('https://example.com');
    for (const alt of ['ftpimg', 'mailimg', 'fileimg']) {
      expect(dom.querySelector(`img[alt="${alt}"]`)?.getAttribute('src'), `${res.request}: the image "${alt}" must lose its src (images allow http and https only)`).toBeFalsy();
    }
    expect(dom.querySelector('img[alt="okimg"]')?.getAttribute('src'), `${res.request}: ![okimg](https://...) keeps its src`).toBe('https://example.com/i.png');
  });

  it('style attributes are removed from every tag, allowed tags included', async () => {
    const server = await start();
    const markdown = '<p style="background:url(javascript:alert(1))">styled para</p>\n\n<a href="https://example.com" style="position:fixed;top:0">overlay</a>\n\n<img src="https://example.com/s.png" STYLE="width:9999px" alt="big">\n\n<blockquote style="color:red">quoted</blockquote>';
    const { dom, res } = await renderDom(server, markdown);
    expectSafe(dom, res.request);
    expect(dom.querySelector('a')?.getAttribute('href'), `${res.request}: the link keeps its href`).toBe('https://example.com');
    expect(dom.querySelector('img')?.getAttribute('src'), `${res.request}: the image keeps its src`).toBe('https://example.com/s.png');
    for (const word of ['styled para', 'overlay', 'quoted']) expect(textOf(dom), `${res.request}: the text "${word}" stays`).toContain(word);
  });

  it('<svg><script>, <math> and tags hidden in other tags run nothing', async () => {
    const server = await start();
    const markdown = 'a <svg><script>alert(1)</script></svg> b\n\n<svg><a xlink:href="javascript:alert(2)"><text>svglink</text></a></svg>\n\n<math><mtext><script>alert(3)</script></mtext></math> c\n\n<SVG ONLOAD=alert(4)>\n\n<ScRiPt>alert(5)</ScRiPt> d\n\n<details open ontoggle=alert(6)>e</details>';
    const { dom, res } = await renderDom(server, markdown);
    expectSafe(dom, res.request);
    expect(dom.querySelectorAll('script').length, `${res.request}: <script> elements`).toBe(0);
    expect(textOf(dom), `${res.request}: the code inside <script> is removed, wherever the script is`).not.toContain('alert');
    for (const word of ['a', 'b', 'c', 'd', 'e']) expect(textOf(dom), `${res.request}: the text "${word}" around the tags stays`).toContain(word);
  });

  it('<script> elements are removed', async () => {
    const server = await start();
    const { dom, res } = await renderDom(server, 'Hello <script>alert(1)</script>\n\n<script src="https://evil.example/x.js"></script>\n\n<SCRIPT>alert(2)</SCRIPT>');
    expect(dom.querySelectorAll('script').length, `${res.request}: <script> elements`).toBe(0);
    expect(textOf(dom), `${res.request}: the paragraph text`).toContain('Hello');
    expect(textOf(dom), `${res.request}: the code inside <script> is not text`).not.toContain('alert');
    expectSafe(dom, res.request);
  });

  it('javascript: and data: links lose their href, and keep their text', async () => {
    const server = await start();
    const markdown = [
      '[one](javascript:alert(1))',
      '[two](JAVASCRIPT:alert(1))',
      '[three](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<a href="javascript:alert(1)">four</a>',
      '<a href="&#106;avascript:alert(1)">five</a>',
      '<a href="java\tscript:alert(1)">six</a>',
      '<a href=" vbscript:msgbox(1)">seven</a>',
    ].join('\n\n');
    const { dom, res } = await renderDom(server, markdown);
    expectSafe(dom, res.request);
    for (const word of ['one', 'two', 'three', 'four', 'five', 'six', 'seven']) {
      expect(textOf(dom), `${res.request}: the text of the link "${word}" should stay`).toContain(word);
    }
  });

  it('https, mailto and relative links are kept', async () => {
    const server = await start();
    const { dom, res } = await renderDom(server, '[site](https://example.com/a?b=1&c=2) [mail](mailto:ada@example.com) [docs](/docs/intro) [top](#intro) [page](page.html) [plain](http://example.com)');
    const hrefs = Array.from(dom.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs, `${res.request}: the hrefs`).toEqual(['https://example.com/a?b=1&c=2', 'mailto:ada@example.com', '/docs/intro', '#intro', 'page.html', 'http://example.com']);
  });

  it('event attributes such as onerror and onclick are dropped', async () => {
    const server = await start();
    const markdown = '<img src="https://example.com/a.png" onerror="alert(1)">\n\n<p onclick="alert(1)">click</p>\n\n<a href="https://example.com" onmouseover="alert(1)">hover</a>\n\n<h2 onclick="alert(1)" id="x">Raw</h2>';
    const { dom, res } = await renderDom(server, markdown);
    expectSafe(dom, res.request);
    expect(dom.querySelector('img')?.getAttribute('src'), `${res.request}: the <img> keeps its https src`).toBe('https://example.com/a.png');
    expect(dom.querySelector('a')?.getAttribute('href'), `${res.request}: the <a> keeps its https href`).toBe('https://example.com');
    expect(textOf(dom), `${res.request}: the text`).toContain('click');
  });

  it('<iframe>, <object>, <embed>, <style>, <form> and <svg> are removed', async () => {
    const server = await start();
    const markdown = '<iframe src="https://evil.example"></iframe>\n\n<object data="x.swf"></object>\n\n<embed src="x.swf">\n\n<style>body { display: none }</style>\n\n<form action="https://evil.example"><input name="q"><button>Go</button></form>\n\n<svg onload="alert(1)"><circle r="5"/></svg>\n\n<textarea>secret-one</textarea> <noscript>secret-two</noscript> <select><option>secret-three</option></select>\n\nStill here.';
    const { dom, res } = await renderDom(server, markdown);
    for (const tag of ['iframe', 'object', 'embed', 'style', 'form', 'input', 'button', 'svg']) {
      expect(dom.querySelectorAll(tag).length, `${res.request}: <${tag}> elements`).toBe(0);
    }
    expect(textOf(dom), `${res.request}: the CSS of a <style> is not text`).not.toContain('display: none');
    expect(textOf(dom), `${res.request}: the text after them`).toContain('Still here.');
    expect(textOf(dom), `${res.request}: the content of <textarea>, <noscript> and <option> is removed too`).not.toMatch(/secret/);
    expectSafe(dom, res.request);
  });

  it('images keep http(s) sources only', async () => {
    const server = await start();
    const { dom, res } = await renderDom(server, '![logo](https://example.com/logo.png "The logo")\n\n![plain](http://example.com/plain.png)\n\n![bad](javascript:alert(1))\n\n<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="d"> <img src="mailto:ada@example.com" alt="m">');
    expectSafe(dom, res.request);
    const logo = dom.querySelector('img[alt="logo"]');
    expect(logo?.getAttribute('src'), `${res.request}: ![logo](https://...)`).toBe('https://example.com/logo.png');
    expect(logo?.getAttribute('title'), `${res.request}: the image title`).toBe('The logo');
    expect(dom.querySelector('img[alt="plain"]')?.getAttribute('src'), `${res.request}: ![plain](http://...)`).toBe('http://example.com/plain.png');
  });

  it('HTML inside code is escaped: it shows as text', async () => {
    const server = await start();
    const { dom, res } = await renderDom(server, 'Use `<b>bold</b>` here.\n\n```html\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n```');
    const inline = dom.querySelector('p code');
    expect(inline?.textContent, `${res.request}: the inline code text`).toBe('<b>bold</b>');
    expect(inline?.children.length, `${res.request}: the inline code should contain no element`).toBe(0);
    const block = dom.querySelector('pre code');
    expect(block?.textContent, `${res.request}: the code block text`).toContain('<script>alert(1)</script>');
    expect(block?.textContent, `${res.request}: the code block text`).toContain('<img src=x onerror=alert(1)>');
    expect(block?.children.length, `${res.request}: the code block should contain no element`).toBe(0);
    expect(block?.className, `${res.request}: the fenced block's language class`).toBe('language-html');
  });

  it('safe Markdown still renders: every allowed element and attribute', async () => {
    const server = await start();
    const markdown = [
      '# One', '## Two', '### Three', '#### Four', '##### Five', '###### Six',
      'Line one  \nline two with **strong**, *em* and ~~gone~~.',
      '---',
      '> A quote',
      '3. three\n4. four',
      '- item',
      '[link](https://example.com "Title")',
      '| Left | Right |\n|:-----|------:|\n| a    | b     |',
      '```js\nconst x = 1;\n```',
    ].join('\n\n');
    const { dom, res } = await renderDom(server, markdown);
    expectSafe(dom, res.request);
    for (const tag of Object.keys(ALLOWED).filter((name) => name !== 'img')) {
      expect(dom.querySelectorAll(tag).length, `${res.request}: the HTML should contain <${tag}>`).toBeGreaterThan(0);
    }
    expect(Array.from(dom.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => h.id), `${res.request}: the heading ids`).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
    expect(dom.querySelector('ol')?.getAttribute('start'), `${res.request}: a list from 3 keeps start`).toBe('3');
    expect(dom.querySelector('a')?.getAttribute('title'), `${res.request}: the link title`).toBe('Title');
    expect(dom.querySelector('th')?.getAttribute('align'), `${res.request}: the first column's align`).toBe('left');
    expect(dom.querySelector('td:last-child')?.getAttribute('align'), `${res.request}: the last column's align`).toBe('right');
    expect(dom.querySelector('pre code')?.className, `${res.request}: the code block class`).toBe('language-js');
    expect(dom.querySelector('blockquote')?.textContent?.trim(), `${res.request}: the quote`).toBe('A quote');
  });

  it('JSON bodies are sanitised too', async () => {
    const server = await start();
    const res = await postJson(server, { markdown: '<script>alert(1)</script>[x](javascript:alert(1))<img src=x onerror=alert(1)><iframe></iframe>' });
    expectSafe(parse(rendered(res).html), res.request);
  });

  it('disallowed tags are dropped but their text is kept', async () => {
    const server = await start();
    const { dom, res } = await renderDom(server, 'Some <span class="x" style="color:red">styled</span> and <u>under</u> text <code class="language-ts evil" style="x">code</code>.');
    expectSafe(dom, res.request);
    expect(dom.querySelector('p')?.textContent, `${res.request}: the paragraph text`).toBe('Some styled and under text code.');
  });
});

describe('Task 4: Heading ids and a table of contents', () => {
  it('each heading gets an id and an entry in toc', async () => {
    const server = await start();
    const { dom, toc, res } = await renderDom(server, '# Intro\n\nText.\n\n## Getting started\n\n### Install it');
    expect(toc, `${res.request}: toc`).toEqual([
      { level: 1, text: 'Intro', id: 'intro' },
      { level: 2, text: 'Getting started', id: 'getting-started' },
      { level: 3, text: 'Install it', id: 'install-it' },
    ]);
    expect(dom.querySelector('h1')?.id, `${res.request}: the <h1> id`).toBe('intro');
    expect(dom.querySelector('h2')?.id, `${res.request}: the <h2> id`).toBe('getting-started');
    expect(dom.querySelector('h3')?.id, `${res.request}: the <h3> id`).toBe('install-it');
  });

  it('levels 1 to 6 and setext headings, in document order', async () => {
    const server = await start();
    const { toc, res } = await renderDom(server, '###### Six\n\n# One\n\nTwo\n---\n\n#### Four\n\nOne again\n=========');
    expect(toc.map((entry) => [entry.level, entry.text]), `${res.request}: toc levels and texts`).toEqual([[6, 'Six'], [1, 'One'], [2, 'Two'], [4, 'Four'], [1, 'One again']]);
  });

  it('the slug: lower case, punctuation dropped, whitespace to -', async () => {
    const server = await start();
    const headings = ['Hello, World!', 'Step 1: Install Node.js', 'A & B', 'snake_case and kebab-case', "Zoë's café", 'Launch 🚀 now', 'What?!  Really?', '🚀 Launch'];
    const { toc, res } = await renderDom(server, headings.map((text) => `## ${text}`).join('\n\n'));
    expect(toc.map((entry) => entry.id), `${res.request}: ids`).toEqual(['hello-world', 'step-1-install-nodejs', 'a-b', 'snake_case-and-kebab-case', 'zoës-café', 'launch-now', 'what-really', 'launch']);
  });

  it('a heading with no letter or digit gets the id "section"', async () => {
    const server = await start();
    const { toc, res } = await renderDom(server, '## !!!\n\n## 🚀');
    expect(toc.map((entry) => entry.id), `${res.request}: ids`).toEqual(['section', 'section-1']);
  });

  it('repeated headings get -1, -2... in document order', async () => {
    const server = await start();
    const { dom, toc, res } = await renderDom(server, '# Notes\n\n## Example\n\n## Example\n\n## example!\n\n# Notes');
    expect(toc.map((entry) => entry.id), `${res.request}: ids`).toEqual(['notes', 'example', 'example-1', 'example-2', 'notes-1']);
    expect(Array.from(dom.querySelectorAll('h1, h2')).map((h) => h.id), `${res.request}: the ids in the HTML`).toEqual(['notes', 'example', 'example-1', 'example-2', 'notes-1']);
  });

  it('a suffix never reuses an id already taken', async () => {
    const server = await start();
    const { toc, res } = await renderDom(server, '## a\n\n## a-1\n\n## a\n\n## a');
    expect(toc.map((entry) => entry.id), `${res.request}: ids`).toEqual(['a', 'a-1', 'a-2', 'a-3']);
    const second = await renderDom(server, '## a\n\n## a\n\n## a-1');
    expect(second.toc.map((entry) => entry.id), `${second.res.request}: ids`).toEqual(['a', 'a-1', 'a-1-1']);
  });

  it('toc text is the heading without its Markdown formatting', async () => {
    const server = await start();
    const { toc, res } = await renderDom(server, '## Hello *world* and **you**\n\n## Use `npm install`\n\n## Read [the docs](https://example.com)\n\n## 1\\. Not a list\n\n## ~~Old~~ New');
    expect(toc.map((entry) => entry.text), `${res.request}: toc texts`).toEqual(['Hello world and you', 'Use npm install', 'Read the docs', '1. Not a list', 'Old New']);
    expect(toc.map((entry) => entry.id), `${res.request}: ids`).toEqual(['hello-world-and-you', 'use-npm-install', 'read-the-docs', '1-not-a-list', 'old-new']);
  });

  it('"toc": false answers an empty toc, and the headings keep their ids', async () => {
    const server = await start();
    const off = rendered(await postJson(server, { markdown: '# Intro\n\n## Usage', toc: false }));
    expect(off.toc, 'POST /render {"toc": false}: toc').toEqual([]);
    expect(parse(off.html).querySelector('h2')?.id, 'POST /render {"toc": false}: the <h2> id').toBe('usage');
    const on = rendered(await postJson(server, { markdown: '# Intro\n\n## Usage', toc: true }));
    expect(on.toc.map((entry) => entry.id), 'POST /render {"toc": true}: ids').toEqual(['intro', 'usage']);
    const byDefault = rendered(await postJson(server, { markdown: '# Intro' }));
    expect(byDefault.toc, 'POST /render without "toc": toc').toEqual([{ level: 1, text: 'Intro', id: 'intro' }]);
  });

  it('a document without headings has an empty toc; raw HTML headings are not listed', async () => {
    const server = await start();
    expect(rendered(await postMarkdown(server, 'Just a paragraph.')).toc, 'POST /render "Just a paragraph.": toc').toEqual([]);
    const { toc, res } = await renderDom(server, '<h2>Raw</h2>\n\n## Real');
    expect(toc, `${res.request}: toc`).toEqual([{ level: 2, text: 'Real', id: 'real' }]);
  });

  it('ids start again for every request and every app', async () => {
    const server = await start();
    const markdown = '# Intro\n\n# Intro';
    const first = rendered(await postMarkdown(server, markdown));
    const second = rendered(await postMarkdown(server, markdown));
    expect(second.toc.map((entry) => entry.id), 'the same document posted twice: ids of the second answer').toEqual(['intro', 'intro-1']);
    expect(first.toc, 'the same document posted twice: toc').toEqual(second.toc);
    const other = await start();
    expect(rendered(await postMarkdown(other, markdown)).toc.map((entry) => entry.id), 'the same document on a second app: ids').toEqual(['intro', 'intro-1']);
  });

  it('a heading cannot inject markup through its id', async () => {
    const server = await start();
    const { dom, toc, res } = await renderDom(server, '# "><img src=x onerror=alert(1)> "quoted" <b>bold</b>\n\n## x" onclick="alert(1)');
    expectSafe(dom, res.request);
    for (const heading of Array.from(dom.querySelectorAll('h1, h2'))) {
      expect(heading.id, `${res.request}: a heading id`).toMatch(/^[\p{L}\p{N}_-]+$/u);
    }
    expect(toc.map((entry) => entry.id), `${res.request}: ids`).toEqual(['quoted-bold', 'x-onclickalert1']);
  });
});

describe('Task 5: Content negotiation', () => {
  it('Accept: text/html answers the HTML fragment itself', async () => {
    const server = await start();
    const res = await postMarkdown(server, '# Intro\n\nSome *text*. <script>alert(1)</script>', { accept: 'text/html' });
    expectStatus(res, 200);
    expect(res.headers.get('content-type'), `${res.request}: the Content-Type header`).toMatch(/^text\/html;\s*charset=utf-8$/i);
    expect(res.json, `${res.request}: the body should be HTML, not JSON`).toBeUndefined();
    const dom = parse(res.text);
    expect(dom.querySelector('h1')?.id, `${res.request}: the <h1> id`).toBe('intro');
    expect(dom.querySelector('em')?.textContent, `${res.request}: the <em>`).toBe('text');
    expectSafe(dom, res.request);
  });

  it('the HTML answer is the same fragment as "html" in the JSON answer', async () => {
    const server = await start();
    const markdown = '# Title\n\n- a\n- b\n\n| x |\n|---|\n| 1 |\n';
    const html = await postJson(server, { markdown }, { accept: 'text/html' });
    const json = rendered(await postJson(server, { markdown }, { accept: 'application/json' }));
    expectStatus(html, 200);
    expect(html.text, `${html.request}: the body should equal "html" of the JSON answer`).toBe(json.html);
  });

  it('application/json, */*, application/* or a missing Accept answer JSON', async () => {
    const server = await start();
    for (const accept of ['application/json', '*/*', 'application/*']) {
      rendered(await postMarkdown(server, '# Hi', { accept }));
    }
    rendered(await postMarkdown(server, '# Hi'));
  });

  it('text/* and a browser Accept header answer HTML', async () => {
    const server = await start();
    for (const accept of ['text/*', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8']) {
      const res = await postMarkdown(server, '# Hi', { accept });
      expectStatus(res, 200);
      expect(res.headers.get('content-type'), `${res.request}: the Content-Type header`).toMatch(/^text\/html/i);
    }
  });

  it('q-values decide between the two', async () => {
    const server = await start();
    rendered(await postMarkdown(server, '# Hi', { accept: 'text/html;q=0.5, application/json' }));
    const res = await postMarkdown(server, '# Hi', { accept: 'application/json;q=0.2, text/html;q=0.9' });
    expectStatus(res, 200);
    expect(res.headers.get('content-type'), `${res.request}: the Content-Type header`).toMatch(/^text\/html/i);
  });

  it('an Accept the API cannot satisfy is a JSON 406 not_acceptable', async () => {
    const server = await start();
    for (const accept of ['text/plain', 'application/xml', 'image/png', 'text/markdown']) {
      expectApiError(await postMarkdown(server, '# Hi', { accept }), 406, 'not_acceptable');
    }
  });

  it('Accept is checked before the content type and the size', async () => {
    const server = await start({ maxBytes: 10 });
    expectApiError(await postRaw(server, '# Hi', { 'content-type': 'text/plain', accept: 'application/xml' }), 406, 'not_acceptable');
    expectApiError(await postMarkdown(server, 'x'.repeat(100), { accept: 'text/plain' }), 406, 'not_acceptable');
  });

  it('successful answers say Vary: Accept', async () => {
    const server = await start();
    for (const accept of ['application/json', 'text/html']) {
      const res = await postMarkdown(server, '# Hi', { accept });
      expectStatus(res, 200);
      const vary = (res.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase());
      expect(vary, `${res.request}: the Vary header (${res.headers.get('vary')})`).toContain('accept');
    }
  });

  it('errors are JSON even when the client asked for HTML', async () => {
    const server = await start({ maxBytes: 10 });
    expectApiError(await postRaw(server, '# Hi', { 'content-type': 'text/plain', accept: 'text/html' }), 415, 'unsupported_media_type');
    expectApiError(await postMarkdown(server, 'x'.repeat(100), { accept: 'text/html' }), 413, 'payload_too_large');
    expectApiError(await postRaw(server, '{', { 'content-type': 'application/json', accept: 'text/html' }), 400, 'invalid_json');
    expectInvalid(await postJson(server, {}, { accept: 'text/html' }), 'markdown');
  });
});
