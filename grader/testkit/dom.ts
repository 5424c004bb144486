// Phase 3's DOM checks: the learner's <App /> rendered in jsdom with Testing Library, its fetch
// reaching the real API (served on port 0, fresh database) through a network the check controls:
// hold a response back to see a loading state or an optimistic update, fail one to see a
// rollback and an announced error, and read what the app sent. Query only by role and label
// (design.md).
//
// The DOM is jsdom, installed into the suite's Node globals before any suite file loads (setup.ts,
// for full-stack projects) the way global-jsdom does it: only what Node lacks (window, document,
// HTMLElement, KeyboardEvent...) comes from jsdom. vitest's own jsdom environment replaces Node's
// URL, TextEncoder, AbortSignal and friends too, and then the learner's API, which the same
// check runs in-process, breaks (drizzle's migrator, esbuild, Node's fetch).
import type { ComponentType } from 'react';
import { onTestFinished, vi } from 'vitest';
import { ContractError, load } from './impl.js';
import type { TestServer } from './http.js';

// Node's own, captured before installDom() puts jsdom's FormData and File in the globals, and kept
// in a global: a later suite file in the same process loads this module after that.
const nodeClasses = ((globalThis as { [key: symbol]: unknown })[Symbol.for('backend-100.node-form-classes')] ??= { FormData: globalThis.FormData, File: globalThis.File }) as { FormData: typeof FormData; File: typeof File };
const nodeFormData = nodeClasses.FormData;
const nodeFile = nodeClasses.File;

type UserEventApi = typeof import('@testing-library/user-event').default;
export type UserEvent = ReturnType<UserEventApi['setup']>;

/** Which requests a network rule applies to: `GET /api/todos`, or a method and a path pattern. */
export interface RequestMatch {
  method?: string;
  /** The path without the query (`/api/todos/3`), or a pattern it must match. */
  path: string | RegExp;
}

export interface SentRequest {
  method: string;
  /** Path and query, as the app asked for them (`/api/todos?done=true`). */
  url: string;
  path: string;
  /** The body as text; for a FormData body, its fields (files as `{ name, type, size }`) as JSON. */
  body: string | undefined;
  headers: Record<string, string>;
}

export interface HeldRequest {
  /** Resolves once a matching request arrived and is being held. */
  arrived: Promise<SentRequest>;
  /** Lets the held request go on to the API (or fails it with the given answer). */
  release(answer?: { status: number; body?: unknown }): Promise<void>;
}

type Rule =
  | { match: RequestMatch; times: number; kind: 'answer'; status: number; body: unknown }
  | { match: RequestMatch; times: number; kind: 'offline' }
  | { match: RequestMatch; times: number; kind: 'hold'; onArrive: (sent: SentRequest) => void; gate: Promise<{ status: number; body?: unknown } | undefined> };

/** The network between the app and the API, as the check sees and shapes it. */
export interface FakeNetwork {
  /** Every request the app sent, in order. */
  readonly requests: SentRequest[];
  /** The next `times` matching requests get this answer instead of the API's (JSON body). */
  answer(match: RequestMatch, status: number, body?: unknown, times?: number): void;
  /** The next matching request gets a 500 with the curriculum's JSON error shape. */
  failNext(match: RequestMatch, status?: number): void;
  /** The next matching request rejects as fetch does when the network is down. */
  offline(match: RequestMatch, times?: number): void;
  /** Keeps the next matching request back until `release()`: the app's loading state shows meanwhile. */
  hold(match: RequestMatch): HeldRequest;
  /** Every request matching `match` so far. */
  sent(match: RequestMatch): SentRequest[];
  /**
   * Cuts the connections of matching requests that are still open (a server-sent event stream, a
   * slow answer), as a dropped network would: the app's stream ends with an error. Returns how
   * many were cut.
   */
  disconnect(match: RequestMatch): number;
}

function matches(match: RequestMatch, method: string, pathname: string): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false;
  return typeof match.path === 'string' ? match.path === pathname : match.path.test(pathname);
}

function describeMatch(match: RequestMatch): string {
  return `${match.method ?? 'any method'} ${String(match.path)}`;
}

interface OpenRequest {
  method: string;
  path: string;
  controller: AbortController;
}

function isFormData(body: unknown): body is FormData {
  return typeof body === 'object' && body !== null && Object.prototype.toString.call(body) === '[object FormData]';
}

/** jsdom's Blob has no arrayBuffer(); its FileReader is the way to the bytes. */
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new window.FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsArrayBuffer(blob);
  });
}

async function toNodeFormData(form: FormData): Promise<{ body: BodyInit; fields: Record<string, unknown[]> }> {
  const out = new nodeFormData();
  const fields: Record<string, unknown[]> = {};
  for (const [name, value] of form.entries()) {
    (fields[name] ??= []).push(typeof value === 'string' ? value : { name: value.name, type: value.type, size: value.size });
    if (typeof value === 'string') out.append(name, value);
    else out.append(name, new nodeFile([await readBlob(value)], value.name, { type: value.type }));
  }
  return { body: out as unknown as BodyInit, fields };
}

function jsonResponse(status: number, body: unknown): Response {
  const text = body === undefined ? '' : JSON.stringify(body);
  return new Response(status === 204 || status === 304 ? null : text, { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/**
 * A fetch for the app: relative URLs go to the API, rules apply first. jsdom has no fetch, so the
 * app gets Node's; a jsdom AbortSignal cannot be handed to Node's fetch, so aborting is bridged.
 */
function createNetwork(api: TestServer): { network: FakeNetwork; fetch: typeof fetch } {
  const realFetch = globalThis.fetch;
  const rules: Rule[] = [];
  const requests: SentRequest[] = [];
  const openRequests = new Set<OpenRequest>();

  const take = (method: string, pathname: string): Rule | undefined => {
    const index = rules.findIndex((rule) => matches(rule.match, method, pathname));
    if (index === -1) return undefined;
    const rule = rules[index]!;
    rule.times -= 1;
    if (rule.times <= 0) rules.splice(index, 1);
    return rule;
  };

  const appFetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request = typeof input === 'object' && 'url' in input && !(input instanceof URL) ? input : undefined;
    const raw = request ? request.url : String(input);
    const target = new URL(raw, api.url);
    const method = (init.method ?? request?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers ?? request?.headers);
    let body: string | undefined;
    let sendBody: BodyInit | undefined;
    if (isFormData(init.body)) {
      // jsdom's FormData is not Node's: rebuilt, files and all, so the API gets real multipart.
      const form = await toNodeFormData(init.body);
      sendBody = form.body;
      body = JSON.stringify(form.fields);
      headers.delete('content-type');
    } else if (typeof init.body === 'string') body = init.body;
    else if (init.body == null && request && method !== 'GET' && method !== 'HEAD') body = await request.clone().text();
    else if (init.body != null) body = await new Response(init.body as BodyInit).text();
    sendBody ??= body;
    const sent: SentRequest = { method, url: target.pathname + target.search, path: target.pathname, body, headers: Object.fromEntries(headers) };
    requests.push(sent);
    const signal = init.signal ?? request?.signal ?? undefined;
    const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
    if (signal?.aborted) throw abortError();

    const run = async (): Promise<Response> => {
      const rule = take(method, target.pathname);
      if (rule?.kind === 'answer') return jsonResponse(rule.status, rule.body);
      if (rule?.kind === 'offline') throw new TypeError('Failed to fetch');
      if (rule?.kind === 'hold') {
        rule.onArrive(sent);
        const answer = await rule.gate;
        if (answer) return jsonResponse(answer.status, answer.body);
      }
      // The real API, on loopback; only the URL's origin changes. Node's own controller carries
      // the app's abort (and disconnect()) to the socket, so the server sees the client leave.
      const sendUrl = new URL(target.pathname + target.search, api.url);
      const open: OpenRequest = { method, path: target.pathname, controller: new AbortController() };
      openRequests.add(open);
      signal?.addEventListener('abort', () => open.controller.abort(), { once: true });
      try {
        const response = await realFetch(sendUrl, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : sendBody, signal: open.controller.signal });
        if (!response.body) openRequests.delete(open);
        return response;
      } catch (error) {
        openRequests.delete(open);
        throw error;
      }
    };
    if (!signal) return run();
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(abortError());
      signal.addEventListener('abort', onAbort, { once: true });
      run().then(
        (response) => {
          signal.removeEventListener('abort', onAbort);
          resolve(response);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  };

  const network: FakeNetwork = {
    requests,
    answer(match, status, body, times = 1) {
      rules.push({ match, times, kind: 'answer', status, body });
    },
    failNext(match, status = 500) {
      rules.push({ match, times: 1, kind: 'answer', status, body: { error: { code: status >= 500 ? 'internal' : 'bad_request', message: 'Something went wrong on our side.' } } });
    },
    offline(match, times = 1) {
      rules.push({ match, times, kind: 'offline' });
    },
    hold(match) {
      let arrive!: (sent: SentRequest) => void;
      let open!: (answer: { status: number; body?: unknown } | undefined) => void;
      const arrived = new Promise<SentRequest>((resolve) => (arrive = resolve));
      const gate = new Promise<{ status: number; body?: unknown } | undefined>((resolve) => (open = resolve));
      rules.push({ match, times: 1, kind: 'hold', onArrive: arrive, gate });
      let released = false;
      // A check that ends with a request still held must not leave the app waiting forever.
      onTestFinished(() => open(undefined));
      const arrivedOrNever = Promise.race([
        arrived,
        gate.then(() => {
          throw new ContractError(`The app never sent ${describeMatch(match)}.`);
        }),
      ]);
      // A check that releases without waiting for the request must not leave an unhandled rejection.
      arrivedOrNever.catch(() => undefined);
      return {
        arrived: arrivedOrNever,
        async release(answer) {
          if (released) return;
          released = true;
          open(answer);
          // Let the app see the answer before the check goes on.
          await Promise.resolve();
        },
      };
    },
    sent(match) {
      return requests.filter((r) => matches(match, r.method, r.path));
    },
    disconnect(match) {
      let cut = 0;
      for (const open of openRequests) {
        if (!matches(match, open.method, open.path)) continue;
        openRequests.delete(open);
        open.controller.abort(new TypeError('network connection lost'));
        cut += 1;
      }
      return cut;
    },
  };
  // Whatever the app left open (a stream it never closed) ends with the check.
  onTestFinished(() => {
    for (const open of openRequests) open.controller.abort();
    openRequests.clear();
  });
  return { network, fetch: appFetch as typeof fetch };
}

export interface RenderAppOptions {
  /** The app's first URL (client routing): `/todos/3`. Default `/`. */
  path?: string;
  /** Fake timers (debounce, intervals): user-event then advances them as it types. */
  fakeTimers?: boolean;
  /** Runs before the app mounts: hold or fail the app's very first requests here. */
  before?: (network: FakeNetwork) => void;
}

export interface RenderedApp {
  user: UserEvent;
  network: FakeNetwork;
  /**
   * With `fakeTimers`: moves the page's clock on by `ms` (its debounce and interval timers fire),
   * inside React's act(). Wait for what the page then fetches with eventually().
   */
  advance(ms: number): Promise<void>;
  /** Unmounts the app (as closing the tab would); a second renderApp starts it afresh. */
  unmount: () => void;
}

/**
 * jsdom's own classes that must win over Node's: forms and the files in them (`value instanceof
 * File` as in a browser), events a page dispatches, the navigator. API checks in the same suite
 * build multipart bodies with nodeForm().
 */
const FROM_JSDOM = ['navigator', 'FormData', 'File', 'Blob', 'Event', 'EventTarget', 'CustomEvent', 'MessageEvent'];

/** How long findBy* and waitFor wait by default in the DOM checks. */
export const DOM_WAIT_MS = 5_000;

/**
 * One jsdom and one set of IntersectionObservers per process, kept in globals: where a suite's
 * files share a process (a `localTime` project's forked run), this module is loaded again for
 * each file, while Testing Library's `screen`, bound once, stays on the first window's body.
 */
const shared = globalThis as { [key: symbol]: unknown };
const JSDOM_KEY = Symbol.for('backend-100.jsdom');
let installed = shared[JSDOM_KEY] as import('jsdom').JSDOM | undefined;

/**
 * Installs one jsdom window into the globals (idempotent). Called by setup.ts before the suite's
 * files load, because Testing Library binds `screen` to document.body when it is imported.
 */
export async function installDom(): Promise<void> {
  if (installed) return;
  const { JSDOM } = await import('jsdom');
  installed = new JSDOM('<!doctype html><html lang="en"><head></head><body></body></html>', { url: 'http://localhost/', pretendToBeVisual: true });
  shared[JSDOM_KEY] = installed;
  const { window } = installed;
  const target = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in target && !FROM_JSDOM.includes(key)) continue;
    if (/^_|^\d/.test(key)) continue;
    Object.defineProperty(target, key, { configurable: true, get: () => (window as unknown as Record<string, unknown>)[key] });
  }
  // A page may call addEventListener('popstate', ...) bare, as the window's own: they are
  // inherited by the window, so the loop above does not see them.
  for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent'] as const) {
    if (key in target) continue;
    Object.defineProperty(target, key, { configurable: true, get: () => window[key].bind(window) });
  }
  Object.defineProperty(target, 'window', { configurable: true, value: window });
  Object.defineProperty(target, 'document', { configurable: true, value: window.document });
  // React's act() warnings assume a test environment says so.
  (target as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // findBy* and waitFor give up after 1 s by default: a cold first render of a learner's app on a
  // busy 2-core machine can take longer. Waiting longer costs nothing when the page is right.
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: DOM_WAIT_MS });
  // user-event's upload() sets an input's `files` where jsdom's `new FormData(form)` does not
  // look: a FormData that reads them, so a form with a file input sends its files.
  const JsdomFormData = window.FormData;
  class FormDataWithFiles extends JsdomFormData {
    constructor(form?: HTMLFormElement, submitter?: HTMLElement | null) {
      super(form, submitter);
      for (const element of form ? Array.from(form.elements) : []) {
        if (!(element instanceof window.HTMLInputElement) || element.type !== 'file' || !element.name || element.disabled) continue;
        const files = Array.from(element.files ?? []);
        if (files.length === 0) continue;
        this.delete(element.name);
        for (const file of files) this.append(element.name, file);
      }
    }
  }
  // jsdom lays nothing out, so it has no IntersectionObserver: a fake one, driven by intersect().
  for (const holder of [target, window as unknown as Record<string, unknown>]) {
    Object.defineProperty(holder, 'IntersectionObserver', { configurable: true, writable: true, value: FakeIntersectionObserver });
    Object.defineProperty(holder, 'FormData', { configurable: true, writable: true, value: FormDataWithFiles });
  }
}

const observers = (shared[Symbol.for('backend-100.intersection-observers')] ??= new Set()) as Set<FakeIntersectionObserver>;

/** The IntersectionObserver of the DOM checks: it fires only when a check calls intersect(). */
class FakeIntersectionObserver {
  readonly root: Element | Document | null;
  readonly rootMargin: string;
  readonly thresholds: readonly number[];
  readonly #callback: IntersectionObserverCallback;
  readonly #targets = new Set<Element>();

  constructor(callback: IntersectionObserverCallback, options: IntersectionObserverInit = {}) {
    this.#callback = callback;
    this.root = options.root ?? null;
    this.rootMargin = options.rootMargin ?? '0px';
    this.thresholds = Array.isArray(options.threshold) ? options.threshold : [options.threshold ?? 0];
    observers.add(this);
  }
  observe(target: Element): void {
    this.#targets.add(target);
  }
  unobserve(target: Element): void {
    this.#targets.delete(target);
  }
  disconnect(): void {
    this.#targets.clear();
    observers.delete(this);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  watches(target: Element): boolean {
    return this.#targets.has(target);
  }
  fire(target: Element, isIntersecting: boolean): void {
    const rect = target.getBoundingClientRect();
    const entry = { target, isIntersecting, intersectionRatio: isIntersecting ? 1 : 0, boundingClientRect: rect, intersectionRect: rect, rootBounds: null, time: performance.now() };
    this.#callback([entry as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
}

/**
 * Scrolls `element` into (or out of) view for the app's IntersectionObservers: every observer
 * watching it gets an entry, inside React's act(). Fails when no observer watches the element,
 * which is what a check wants to say ("the sentinel is not observed").
 */
export async function intersect(element: Element, isIntersecting = true): Promise<void> {
  const watching = [...observers].filter((observer) => observer.watches(element));
  if (watching.length === 0) throw new ContractError(`No IntersectionObserver observes this element (${describeElement(element)}); the app must observe it to load more as it scrolls into view.`);
  const { act } = await import('@testing-library/react');
  await act(async () => {
    for (const observer of watching) observer.fire(element, isIntersecting);
  });
}

/**
 * A file a check hands to `user.upload(input, file)`: jsdom's File (a form's FormData takes only
 * those), with these contents, name and type.
 */
export function domFile(contents: string | Uint8Array, name: string, type = 'application/octet-stream'): File {
  ensureInstalled();
  return new window.File([contents as BlobPart], name, { type });
}

/**
 * A multipart body for an API check (`api.post(path, { body: nodeForm({ title: 'Cat', file: {
 * contents, name, type } }) })`), built with Node's own FormData and File, which a full-stack
 * suite's globals replace with jsdom's.
 */
export function nodeForm(fields: Record<string, string | { contents: string | Uint8Array; name: string; type?: string } | Array<string | { contents: string | Uint8Array; name: string; type?: string }>>): FormData {
  const form = new nodeFormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (typeof one === 'string') form.append(name, one);
      else form.append(name, new nodeFile([one.contents as BlobPart], one.name, { type: one.type ?? 'application/octet-stream' }));
    }
  }
  return form;
}

/** How many IntersectionObservers currently watch `element`. */
export function observerCount(element: Element): number {
  return [...observers].filter((observer) => observer.watches(element)).length;
}

function describeElement(element: Element): string {
  const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
  return `<${element.tagName.toLowerCase()}>${label ? ` "${label}"` : ''}`;
}

/**
 * jsdom has no EventSource: the `eventsource` package's (the WHATWG one, with reconnection and
 * Last-Event-ID), its requests going through the app's fetch, so network rules apply to streams
 * too. Returns the set of sources opened, all closed when the check ends.
 */
async function installEventSource(api: TestServer, appFetch: typeof fetch): Promise<Set<{ close(): void }>> {
  const { EventSource } = await import('eventsource');
  const sources = new Set<{ close(): void }>();
  class AppEventSource extends EventSource {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(new URL(String(url), api.url), { ...init, fetch: appFetch as never });
      sources.add(this);
    }
  }
  for (const holder of [globalThis, window] as unknown as Record<string, unknown>[]) {
    Object.defineProperty(holder, 'EventSource', { configurable: true, writable: true, value: AppEventSource });
  }
  return sources;
}

function ensureInstalled(): void {
  if (!installed) throw new Error('The DOM helpers need the DOM that setup.ts installs for full-stack projects (project.json "kind": "fullstack").');
}

function ensureDom(): void {
  ensureInstalled();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
}

/**
 * Renders the learner's `App` (the named export of web/src/App.tsx) into jsdom, with its fetch
 * reaching `api`. Everything is undone when the check ends: the app unmounted, fetch restored,
 * timers real again.
 */
export async function renderApp(api: TestServer, options: RenderAppOptions = {}): Promise<RenderedApp> {
  ensureDom();
  const [{ act, render, cleanup }, userEventModule, React] = await Promise.all([import('@testing-library/react'), import('@testing-library/user-event'), import('react')]);
  const { App } = await load<{ App: ComponentType }>('web/src/App.tsx', ['App']);
  const { network, fetch: appFetch } = createNetwork(api);
  const previousFetch = globalThis.fetch;
  globalThis.fetch = appFetch;
  window.fetch = appFetch;
  // The page's origin is the API's, so XMLHttpRequest (jsdom's, for upload progress) and
  // absolute URLs built from location reach it too.
  // (jsdom's XMLHttpRequest checks the window's origin, which reconfigure() leaves as it was.)
  installed!.reconfigure({ url: new URL(options.path ?? '/', api.url).href });
  (window as unknown as { _origin: string })._origin = new URL(api.url).origin;
  const sources = await installEventSource(api, appFetch);
  options.before?.(network);
  if (options.fakeTimers) {
    vi.useFakeTimers({ shouldAdvanceTime: false, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    // Testing Library's asyncWrapper, around every user-event call, ends with setTimeout(0) and
    // moves fake timers only where a global `jest` exists: without one, every click would wait
    // forever. This one lives as long as the check.
    const env = globalThis as { jest?: unknown };
    const had = Object.prototype.hasOwnProperty.call(env, 'jest');
    const before = env.jest;
    env.jest = { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) };
    onTestFinished(() => {
      if (had) env.jest = before;
      else delete env.jest;
    });
  }
  const user = userEventModule.default.setup(options.fakeTimers ? { advanceTimers: (ms: number) => vi.advanceTimersByTime(ms) } : {});
  const rendered = render(React.createElement(App));
  onTestFinished(() => {
    cleanup();
    for (const source of sources) source.close();
    globalThis.fetch = previousFetch;
    window.fetch = previousFetch;
    // Whoever faked them (a check may too), the next check starts on real timers: Node's fetch
    // waits on them.
    if (options.fakeTimers || vi.isFakeTimers()) vi.useRealTimers();
  });
  const advance = async (ms: number): Promise<void> => {
    if (!options.fakeTimers) throw new Error('advance() moves fake timers: render with renderApp(api, { fakeTimers: true }).');
    await act(async () => {
      vi.advanceTimersByTime(ms);
    });
  };
  return { user, network, advance, unmount: () => rendered.unmount() };
}

// Captured while the timers are still real (setup.ts loads this module before any check).
const realSetTimeout = globalThis.setTimeout;

/**
 * Retries `check` until it passes, as waitFor does, for checks on fake timers: there waitFor and
 * findBy* move the fake clock instead of waiting, while the API's answers come over a real socket
 * and take real time. Fails with `check`'s last error after `waitMs` of real time.
 */
export async function eventually<T>(check: () => T | Promise<T>, waitMs = DOM_WAIT_MS): Promise<T> {
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const before = env.IS_REACT_ACT_ENVIRONMENT;
  // As waitFor does: React renders the answers' updates on its own meanwhile.
  env.IS_REACT_ACT_ENVIRONMENT = false;
  const started = performance.now();
  try {
    for (;;) {
      try {
        return await check();
      } catch (error) {
        if (performance.now() - started > waitMs) throw error;
        await new Promise((resolve) => realSetTimeout(resolve, 15));
      }
    }
  } finally {
    env.IS_REACT_ACT_ENVIRONMENT = before;
  }
}
