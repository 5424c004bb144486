// p48's DOM checks: the learner's <App /> in jsdom, its fetch reaching the real API. Elements are
// found only by the roles and accessible names of SPEC.md's accessibility contract; the stand-in
// IntersectionObserver reports the status "Feed status" in view when a check says so.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { intersect, observerCount, renderApp, type FakeNetwork, type HeldRequest, type SentRequest } from '#testkit';
import { addPost, addPosts, getFeed, newestFirst, start, texts, type PostJson } from './helpers.js';

const FEED = { method: 'GET', path: '/api/feed' };

function feedStatus(): HTMLElement {
  return screen.getByRole('status', { name: /feed status/i });
}

function statusText(): string {
  return screen.queryByRole('status', { name: /feed status/i })?.textContent ?? '(no status "Feed status")';
}

/** The accessible names of the articles in the feed "Posts", in order ([] when there is no feed). */
function shownPosts(): string[] {
  const feed = screen.queryByRole('feed', { name: /posts/i });
  if (!feed) return [];
  const names = new Map<Element, string>();
  const articles = within(feed).queryAllByRole('article', {
    name: (name, element) => {
      if (element) names.set(element, name);
      return true;
    },
  });
  return articles.map((article) => names.get(article) ?? '(an article without a name)');
}

async function waitForPosts(expected: string[], what: string): Promise<void> {
  await waitFor(() => expect(shownPosts(), what).toEqual(expected));
}

/** The query of a request the page sent: { limit, cursor } (cursor undefined when absent). */
function queryOf(sent: SentRequest): { limit: string | null; cursor: string | undefined; keys: string[] } {
  const params = new URL(sent.url, 'http://localhost').searchParams;
  return { limit: params.get('limit'), cursor: params.get('cursor') ?? undefined, keys: [...params.keys()].sort() };
}

function cursorsAsked(network: FakeNetwork): Array<string | undefined> {
  return network.sent(FEED).map((sent) => queryOf(sent).cursor);
}

/** Lets pending effects and promises run (no time passes). */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => {});
}

function loadMoreButton(): HTMLButtonElement | null {
  return screen.queryByRole('button', { name: /load more/i }) as HTMLButtonElement | null;
}

/** Reports the sentinel in view when an observer watches it (an app may stop observing while it loads or at the end). */
async function intersectIfObserved(): Promise<void> {
  const status = feedStatus();
  if (observerCount(status) > 0) await intersect(status);
}

describe('Task 3: Show the first page', () => {
  it('says "Loading" in the status "Feed status" while the first page is on its way, then shows the newest 10 posts as articles of the feed "Posts"', async () => {
    const { api, clock } = await start();
    const made = newestFirst(await addPosts(api, clock, 12));
    let held!: HeldRequest;
    const { network } = await renderApp(api, { before: (n) => (held = n.hold(FEED)) });
    const sent = await held.arrived;
    expect(queryOf(sent), `the first request the page sent (${sent.url})`).toEqual({ limit: '10', cursor: undefined, keys: ['limit'] });
    expect(statusText(), 'the status "Feed status" while GET /api/feed has not answered').toMatch(/loading/i);
    expect(shownPosts(), 'articles before the first page arrived').toEqual([]);
    await held.release();
    await waitForPosts(texts(made.slice(0, 10)), 'the feed "Posts": one article per post of the first page, newest first, named by its text');
    expect(screen.getByRole('heading', { level: 1, name: /posts/i }), 'the heading "Posts"').toBeTruthy();
    const first = screen.getByRole('article', { name: 'Post 12' });
    expect(first.textContent ?? '', 'the article "Post 12" shows its author').toContain('Ben');
    expect(screen.getByRole('article', { name: 'Post 11' }).textContent ?? '', 'the article "Post 11" shows its author').toContain('Ann');
    await settle();
    expect(statusText(), 'the status once the first page is shown').not.toMatch(/loading/i);
    expect(network.sent(FEED).length, 'requests to GET /api/feed before anything was scrolled into view: only the first page').toBe(1);
  });

  it('with no posts the status says "No posts" and no article is shown', async () => {
    const { api } = await start();
    await renderApp(api);
    await waitFor(() => expect(statusText(), 'the status "Feed status" with no posts').toMatch(/no posts/i));
    expect(statusText(), 'the status with no posts').not.toMatch(/loading/i);
    expect(shownPosts(), 'articles with no posts').toEqual([]);
  });

  it('a first page that cannot be loaded is announced in an alert, and the status stops saying "Loading"', async () => {
    const { api } = await start();
    await addPost(api, 'Never shown');
    let held!: HeldRequest;
    const first = await renderApp(api, { before: (n) => (held = n.hold(FEED)) });
    await held.arrived;
    await held.release({ status: 500, body: { error: { code: 'internal', message: 'The database is asleep.' } } });
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert after GET /api/feed answered 500').not.toBe('');
    await waitFor(() => expect(statusText(), 'the status after the first page failed').not.toMatch(/loading/i));
    expect(shownPosts(), 'articles after the first page failed').toEqual([]);
    first.unmount();
    await renderApp(api, { before: (n) => n.offline(FEED) });
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert when GET /api/feed never reached the server (offline)').not.toBe('');
    await waitFor(() => expect(statusText(), 'the status after the first page failed offline').not.toMatch(/loading/i));
  });

  it('texts and authors are shown as text, never as HTML', async () => {
    const { api } = await start();
    const nasty = '<img src=x onerror="window.hacked=1"><b>Bold</b>';
    await addPost(api, nasty, '<img src=y onerror="window.hacked=2">');
    await renderApp(api);
    const article = await screen.findByRole('article', { name: nasty });
    expect(article.textContent ?? '', 'the article shows the author\'s characters').toContain('<img src=y onerror="window.hacked=2">');
    expect(screen.queryByRole('img'), 'an <img> made from a post').toBeNull();
    expect((window as unknown as { hacked?: number }).hacked, 'a script run from a post').toBeUndefined();
  });
});

describe('Task 4: Load more as you scroll', () => {
  it('when the status "Feed status" is reported in view, the page asks for the next page with the last nextCursor, says "Loading more", then adds those posts after the first ones', async () => {
    const { api, clock } = await start();
    const made = texts(newestFirst(await addPosts(api, clock, 25)));
    const { network } = await renderApp(api);
    await waitForPosts(made.slice(0, 10), 'the first page');
    const cursor = (await getFeed(api, { limit: 10 })).nextCursor;
    const held = network.hold(FEED);
    await intersect(feedStatus());
    const sent = await held.arrived;
    expect(queryOf(sent), `the request sent when the status came into view (${sent.url})`).toEqual({ limit: '10', cursor, keys: ['cursor', 'limit'] });
    expect(statusText(), 'the status while the next page is on its way').toMatch(/loading more/i);
    const button = loadMoreButton();
    expect(button === null || button.disabled, '"Load more" while a page is loading: absent or disabled').toBe(true);
    expect(shownPosts(), 'the first page stays while the next one loads').toEqual(made.slice(0, 10));
    await held.release();
    await waitFor(() => expect(shownPosts().slice(0, 20), 'the feed after the second page arrived: its posts after the first ten').toEqual(made.slice(0, 20)));
  });

  it('an entry with isIntersecting false loads nothing', async () => {
    const { api, clock } = await start();
    const made = texts(newestFirst(await addPosts(api, clock, 15)));
    const { network } = await renderApp(api);
    await waitForPosts(made.slice(0, 10), 'the first page');
    await intersect(feedStatus(), false);
    await settle();
    expect(network.sent(FEED).length, 'requests after the observer said the status is NOT in view').toBe(1);
    expect(shownPosts(), 'the feed after an isIntersecting false entry').toEqual(made.slice(0, 10));
  });

  it('the status reported in view again while the next page is loading sends no second request for that cursor', async () => {
    const { api, clock } = await start();
    const made = texts(newestFirst(await addPosts(api, clock, 25)));
    const { network } = await renderApp(api);
    await waitForPosts(made.slice(0, 10), 'the first page');
    const cursor = (await getFeed(api, { limit: 10 })).nextCursor;
    const held = network.hold(FEED);
    await intersect(feedStatus());
    await held.arrived;
    await intersectIfObserved();
    await intersectIfObserved();
    await settle();
    const same = () => cursorsAsked(network).filter((c) => c === cursor).length;
    expect(same(), 'requests for the second page after the status was reported in view three times while it loaded').toBe(1);
    await held.release();
    await waitFor(() => expect(shownPosts().slice(0, 20), 'the feed after the second page').toEqual(made.slice(0, 20)));
    await settle();
    expect(same(), 'requests for the second page once it arrived').toBe(1);
    const shown = shownPosts();
    expect(new Set(shown).size, `each post once: ${shown.join(', ')}`).toBe(shown.length);
  });

  it('"Load more" loads the next page too (the keyboard fallback)', async () => {
    const { api, clock } = await start();
    const made = texts(newestFirst(await addPosts(api, clock, 15)));
    const { user, network } = await renderApp(api);
    await waitForPosts(made.slice(0, 10), 'the first page');
    const cursor = (await getFeed(api, { limit: 10 })).nextCursor;
    const button = await screen.findByRole('button', { name: /load more/i });
    expect((button as HTMLButtonElement).disabled, '"Load more" when another page exists').toBe(false);
    const held = network.hold(FEED);
    await user.click(button);
    const sent = await held.arrived;
    expect(queryOf(sent), `the request sent by "Load more" (${sent.url})`).toEqual({ limit: '10', cursor, keys: ['cursor', 'limit'] });
    await held.release();
    await waitForPosts(made, 'the feed after "Load more": all 15 posts');
  });

  it('"Load more" pressed again while its page loads sends no second request', async () => {
    const { api, clock } = await start();
    const made = texts(newestFirst(await addPosts(api, clock, 15)));
    const { user, network } = await renderApp(api);
    await waitForPosts(made.slice(0, 10), 'the first page');
    const held = network.hold(FEED);
    await user.click(await screen.findByRole('button', { name: /load more/i }));
    await held.arrived;
    for (let i = 0; i < 2; i++) {
      const again = loadMoreButton();
      if (again && !again.disabled) await user.click(again);
    }
    await settle();
    expect(network.sent(FEED).length, 'requests after pressing "Load more" three times while the second page loaded').toBe(2);
    await held.release();
    await waitForPosts(made, 'the feed after the second page: all 15 posts, each once');
  });

  it('a page that repeats posts already shown adds only the new ones (each post once, by id)', async () => {
    const { api, clock } = await start();
    const made = newestFirst(await addPosts(api, clock, 13));
    const { network } = await renderApp(api);
    await waitForPosts(texts(made.slice(0, 10)), 'the first page');
    // What an OFFSET-paged server answers after two new posts: the last two of page one again.
    network.answer(FEED, 200, { items: [made[8], made[9], made[10], made[11], made[12]] satisfies (PostJson | undefined)[], nextCursor: null });
    await intersect(feedStatus());
    await waitFor(() => expect(shownPosts(), 'the feed after a second page that repeated "Post 5" and "Post 4": each post once, in order').toEqual(texts(made)));
  });
});

describe('Task 5: The end of the feed, and Retry', () => {
  it('a feed that fits in one page says "all caught up", has no "Load more", and asks nothing more when the status is in view', async () => {
    const { api, clock } = await start();
    const made = texts(newestFirst(await addPosts(api, clock, 4)));
    const { network } = await renderApp(api);
    await waitForPosts(made, 'the only page');
    await waitFor(() => expect(statusText(), 'the status when nextCursor is null').toMatch(/all caught up/i));
    expect(loadMoreButton(), '"Load more" at the end of the feed').toBeNull();
    await intersectIfObserved();
    await intersectIfObserved();
    await settle();
    expect(network.sent(FEED).length, 'requests after the end of the feed was reported in view twice').toBe(1);
  });

  it('scrolled to the end while posts are written between pages: every post exactly once, in order, then "all caught up", each cursor asked once', async () => {
    const { api, clock } = await start();
    const made: PostJson[] = [];
    for (let i = 1; i <= 25; i++) {
      made.push(await addPost(api, `Post ${i}`, i % 2 ? 'Ann' : 'Ben'));
      if (i % 3 === 0) clock.advance(1000); // three posts to an instant: ties across page boundaries
    }
    const snapshot = texts(newestFirst(made));
    const { network } = await renderApp(api);
    await waitFor(() => expect(shownPosts().length, 'the first page').toBe(10));
    let written = 0;
    for (let round = 0; round < 8; round++) {
      await waitFor(() => expect(statusText(), 'the status once the page arrived').not.toMatch(/loading/i));
      if (/all caught up/i.test(statusText())) break;
      await addPost(api, `Written while reading ${++written}`, 'Zed');
      const before = network.sent(FEED).length;
      await intersect(feedStatus());
      // A page may already be on its way (an app that keeps loading while the status stays in view).
      await waitFor(() => expect(network.sent(FEED).length > before || /loading|all caught up/i.test(statusText()), 'a request, or a page loading, after the status was reported in view').toBe(true));
    }
    expect(statusText(), 'the status after scrolling through every page').toMatch(/all caught up/i);
    expect(shownPosts(), 'the feed at the end: the posts as they were when the page opened, newest first, each once').toEqual(snapshot);
    expect(loadMoreButton(), '"Load more" at the end').toBeNull();
    const asked = cursorsAsked(network);
    expect(new Set(asked).size, `each page asked once; the cursors asked: ${JSON.stringify(asked)}`).toBe(asked.length);
    expect(asked.length, 'requests for 25 posts, 10 at a time').toBe(3);
  });

  it('a later page that fails shows an alert and "Retry"; Retry asks for the same cursor and adds its posts once', async () => {
    const { api, clock } = await start();
    const made = texts(newestFirst(await addPosts(api, clock, 25)));
    const { user, network } = await renderApp(api);
    await waitForPosts(made.slice(0, 10), 'the first page');
    const cursor = (await getFeed(api, { limit: 10 })).nextCursor;
    network.answer(FEED, 503, { error: { code: 'unavailable', message: 'Try again in a moment.' } });
    await intersect(feedStatus());
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert after the second page answered 503').not.toBe('');
    const retry = await screen.findByRole('button', { name: /retry/i });
    await waitFor(() => expect(statusText(), 'the status after a page failed').not.toMatch(/loading/i));
    expect(shownPosts(), 'the first page stays after the second failed').toEqual(made.slice(0, 10));
    const held = network.hold(FEED);
    await user.click(retry);
    const sent = await held.arrived;
    expect(queryOf(sent), `the request sent by "Retry" (${sent.url}): the page that failed`).toEqual({ limit: '10', cursor, keys: ['cursor', 'limit'] });
    await held.release();
    await waitFor(() => expect(shownPosts().slice(0, 20), 'the feed after Retry').toEqual(made.slice(0, 20)));
    await waitFor(() => expect(screen.queryByRole('alert'), 'the alert once the page arrived').toBeNull());
    expect(screen.queryByRole('button', { name: /retry/i }), '"Retry" once the page arrived').toBeNull();
    const shown = shownPosts();
    expect(new Set(shown).size, 'each post once').toBe(shown.length);
  });

  it('a later page that never reaches the server (offline) shows an alert and "Retry" too, and the status stops saying "Loading"', async () => {
    const { api, clock } = await start();
    const made = texts(newestFirst(await addPosts(api, clock, 15)));
    const { user, network } = await renderApp(api);
    await waitForPosts(made.slice(0, 10), 'the first page');
    network.offline(FEED);
    await intersect(feedStatus());
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert when the second page never reached the server').not.toBe('');
    await waitFor(() => expect(statusText(), 'the status after the second page failed offline').not.toMatch(/loading/i));
    await user.click(await screen.findByRole('button', { name: /retry/i }));
    await waitForPosts(made, 'the feed after Retry: all 15 posts, each once');
    await waitFor(() => expect(statusText(), 'the status at the end').toMatch(/all caught up/i));
  });

  it('a first page that never reaches the server (offline) offers "Retry", which asks for the first page again', async () => {
    const { api, clock } = await start();
    const made = texts(newestFirst(await addPosts(api, clock, 3)));
    const { user, network } = await renderApp(api, { before: (n) => n.offline(FEED) });
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert when the first page failed offline').not.toBe('');
    await user.click(await screen.findByRole('button', { name: /retry/i }));
    await waitForPosts(made, 'the feed after Retry');
    expect(network.sent(FEED).map((s) => queryOf(s)), 'the requests: the first page twice, without a cursor').toEqual([
      { limit: '10', cursor: undefined, keys: ['limit'] },
      { limit: '10', cursor: undefined, keys: ['limit'] },
    ]);
    await waitFor(() => expect(statusText(), 'the status after Retry brought the only page').toMatch(/all caught up/i));
    expect(screen.queryByRole('alert'), 'the alert after Retry succeeded').toBeNull();
  });
});
