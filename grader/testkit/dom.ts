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
}

function matches(match: RequestMatch, method: string, pathname: string): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false;
  return typeof match.path === 'string' ? match.path === pathname : match.path.test(pathname);
}

function describeMatch(match: RequestMatch): string {
  return `${match.method ?? 'any method'} ${String(match.path)}`;
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
    if (typeof init.body === 'string') body = init.body;
    else if (init.body == null && request && method !== 'GET' && method !== 'HEAD') body = await request.clone().text();
    else if (init.body != null) body = await new Response(init.body as BodyInit).text();
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
      // The real API, on loopback; only the URL's origin changes.
      const sendUrl = new URL(target.pathname + target.search, api.url);
      return realFetch(sendUrl, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body });
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
  };
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
  /** Unmounts the app (as closing the tab would); a second renderApp starts it afresh. */
  unmount: () => void;
}

/** jsdom's own classes that must win over Node's: forms, events a page dispatches, the navigator. */
const FROM_JSDOM = ['navigator', 'FormData', 'Event', 'EventTarget', 'CustomEvent', 'MessageEvent'];

let installed: import('jsdom').JSDOM | undefined;

/**
 * Installs one jsdom window into the globals (idempotent). Called by setup.ts before the suite's
 * files load, because Testing Library binds `screen` to document.body when it is imported.
 */
export async function installDom(): Promise<void> {
  if (installed) return;
  const { JSDOM } = await import('jsdom');
  installed = new JSDOM('<!doctype html><html lang="en"><head></head><body></body></html>', { url: 'http://localhost/', pretendToBeVisual: true });
  const { window } = installed;
  const target = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in target && !FROM_JSDOM.includes(key)) continue;
    if (/^_|^\d/.test(key)) continue;
    Object.defineProperty(target, key, { configurable: true, get: () => (window as unknown as Record<string, unknown>)[key] });
  }
  Object.defineProperty(target, 'window', { configurable: true, value: window });
  Object.defineProperty(target, 'document', { configurable: true, value: window.document });
  // React's act() warnings assume a test environment says so.
  (target as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
}

function ensureDom(): void {
  if (!installed) throw new Error('renderApp needs the DOM that setup.ts installs for full-stack projects (project.json "kind": "fullstack").');
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
  const [{ render, cleanup }, userEventModule, React] = await Promise.all([import('@testing-library/react'), import('@testing-library/user-event'), import('react')]);
  const { App } = await load<{ App: ComponentType }>('web/src/App.tsx', ['App']);
  const { network, fetch: appFetch } = createNetwork(api);
  const previousFetch = globalThis.fetch;
  globalThis.fetch = appFetch;
  window.fetch = appFetch;
  window.history.replaceState(null, '', options.path ?? '/');
  options.before?.(network);
  if (options.fakeTimers) vi.useFakeTimers({ shouldAdvanceTime: false, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const user = userEventModule.default.setup(options.fakeTimers ? { advanceTimers: (ms: number) => vi.advanceTimersByTime(ms) } : {});
  const rendered = render(React.createElement(App));
  onTestFinished(() => {
    cleanup();
    globalThis.fetch = previousFetch;
    window.fetch = previousFetch;
    if (options.fakeTimers) vi.useRealTimers();
  });
  return { user, network, unmount: () => rendered.unmount() };
}
