// Shared by the p44 suite: the API on a fresh database, the shapes its Interface promises, the
// preview's allow-list, and waiting while the page's timers are fake.
import { screen } from '@testing-library/react';
import { expect } from 'vitest';
import { expectStatus, startDbApp, type FakeClock, type HttpResponse, type StartedDbApp, type TestServer } from '#testkit';

export interface NoteJson {
  id: number;
  title: string;
  body: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const NOTE_FIELDS = ['body', 'createdAt', 'id', 'title', 'updatedAt', 'version'];
export const START = '2026-10-05T09:00:00.000Z';
/** SPEC.md, Task 5: the page saves this long after the last keystroke. */
export const SAVE_DELAY_MS = 800;

export function start(options: { dbFile?: string; clock?: FakeClock } = {}): Promise<StartedDbApp> {
  return startDbApp({ ...options, start: START });
}

export function expectNote(res: HttpResponse, status = 200): NoteJson {
  expectStatus(res, status);
  expect(Object.keys((res.json as object) ?? {}).sort(), `${res.request}: a note has exactly the fields ${NOTE_FIELDS.join(', ')}`).toEqual(NOTE_FIELDS);
  return res.json as NoteJson;
}

export async function addNote(api: TestServer, title: string, body = ''): Promise<NoteJson> {
  return expectNote(await api.post('/api/notes', { json: { title, body } }), 201);
}

/** A save by "someone else" (another tab, another device): PUT with the note's current version. */
export async function saveElsewhere(api: TestServer, id: number, change: { title?: string; body?: string }): Promise<NoteJson> {
  const current = expectNote(await api.get(`/api/notes/${id}`));
  return expectNote(await api.put(`/api/notes/${id}`, { json: { title: change.title ?? current.title, body: change.body ?? current.body, version: current.version } }));
}

export async function listNotes(api: TestServer): Promise<NoteJson[]> {
  const res = await api.get('/api/notes');
  expectStatus(res, 200);
  expect(Object.keys((res.json as object) ?? {}), `${res.request}: the body is { items }`).toEqual(['items']);
  return (res.json as { items: NoteJson[] }).items;
}

export async function getNote(api: TestServer, id: number): Promise<NoteJson> {
  return expectNote(await api.get(`/api/notes/${id}`));
}

// ---------------------------------------------------------------- the preview's allow-list

/** SPEC.md, Task 3: tag -> the attributes it may keep. */
export const ALLOWED: Record<string, string[]> = {
  h1: [], h2: [], h3: [], h4: [], h5: [], h6: [],
  p: [], br: [], hr: [], blockquote: [], pre: [], code: ['class'],
  em: [], strong: [], del: [], a: ['href', 'title'], img: ['src', 'alt', 'title'],
  ul: [], ol: ['start'], li: [],
  table: [], thead: [], tbody: [], tr: [], th: ['align'], td: ['align'],
};

/** What a browser would run as a URL scheme: it ignores tabs and newlines, and leading spaces. */
export function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/** Parses an HTML fragment as a browser would, without running anything (a <template>'s content is inert). */
export function parseHtml(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/**
 * Lists what in `root` breaks the allow-list: a tag not on it, an attribute its tag may not keep
 * (event handlers above all), a class other than language-*, a URL with another scheme.
 */
export function unsafeParts(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    const html = element.outerHTML.slice(0, 100);
    if (!(tag in ALLOWED)) found.push(`<${tag}> is not on the allow-list: ${html}`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (!(ALLOWED[tag] ?? []).includes(name)) found.push(`<${tag}> may not keep ${name}="${attribute.value.slice(0, 40)}"`);
      if (name === 'class' && attribute.value.split(/\s+/).some((cls) => cls !== '' && !cls.startsWith('language-'))) found.push(`<${tag}> has a class that is not language-*: ${html}`);
      if (name === 'href' || name === 'src') {
        const scheme = schemeOf(attribute.value);
        const allowed = tag === 'img' ? ['http', 'https'] : ['http', 'https', 'mailto'];
        if (scheme !== undefined && !allowed.includes(scheme)) found.push(`<${tag} ${name}="${attribute.value.slice(0, 40)}"> has the scheme ${scheme}:`);
      }
    }
  }
  return found;
}

export function statusText(): string {
  return screen.getByRole('status').textContent ?? '';
}

/** The status region says "Saved" (and neither "Unsaved" nor "Saving"). */
export function isSaved(text: string): boolean {
  return /\bsaved\b/i.test(text) && !/unsaved|saving/i.test(text);
}

export function textbox(name: 'Title' | 'Body'): HTMLInputElement | HTMLTextAreaElement {
  return screen.getByRole('textbox', { name: new RegExp(`^\\s*${name}\\s*$`, 'i') }) as HTMLInputElement | HTMLTextAreaElement;
}
