// p47's DOM checks: the learner's <App /> in jsdom, its fetch reaching the real API. Elements are
// found only by the roles and accessible names of SPEC.md's accessibility contract.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { eventually, renderApp, type HeldRequest, type SentRequest } from '#testkit';
import { CATALOGUE, DEFAULT_VIEW, SEARCH_DELAY_MS, addProduct, requestedView, seed, sortedBy, start, viewOf, type ProductJson, type ViewState } from './helpers.js';

const LIST = { method: 'GET', path: '/api/products' };

function table(): HTMLElement {
  return screen.getByRole('table', { name: /products/i });
}

/** The product rows (rows without column headers) as the text of their first cell: the names. */
function shownNames(): string[] {
  return within(table())
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('columnheader').length === 0)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '(a row without cells)');
}

async function expectNames(expected: string[], what: string): Promise<void> {
  await waitFor(() => expect(shownNames(), what).toEqual(expected));
}

function statusText(): string {
  return screen.getByRole('status').textContent ?? '';
}

async function expectStatus(pattern: RegExp, what: string): Promise<void> {
  await waitFor(() => expect(statusText(), what).toMatch(pattern));
}

function button(name: RegExp): HTMLButtonElement {
  return screen.getByRole('button', { name }) as HTMLButtonElement;
}

function ariaSort(column: RegExp): string | null {
  return screen.getByRole('columnheader', { name: column }).getAttribute('aria-sort');
}

function searchbox(): HTMLInputElement {
  return screen.getByRole('searchbox', { name: /search products/i }) as HTMLInputElement;
}

function selectedCategory(): string {
  const select = screen.getByRole('combobox', { name: /category/i });
  return within(select)
    .getAllByRole('option')
    .filter((option) => (option as HTMLOptionElement).selected)
    .map((option) => option.textContent ?? '')
    .join('|');
}

function lastList(network: { sent: (m: typeof LIST) => SentRequest[] }): ReturnType<typeof requestedView> | undefined {
  const all = network.sent(LIST);
  const last = all[all.length - 1];
  return last ? requestedView(last.url) : undefined;
}

/** The same view, whatever the order of the keys. */
function sameView(a: object, b: object): boolean {
  const text = (v: object) => JSON.stringify(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)));
  return text(a) === text(b);
}

function urlView(): ViewState {
  return viewOf(window.location.search);
}

/** Types into the search box one character at a time, as fast as a person can (no time passes). */
function typeQuickly(text: string, from = ''): void {
  for (let i = 1; i <= text.length; i += 1) fireEvent.change(searchbox(), { target: { value: from + text.slice(0, i) } });
}

/** Lets fake time pass (the debounce), with React's updates applied. */
async function passTime(ms: number): Promise<void> {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
}

/** Types a search with fake timers, lets the debounce fire, then goes back to real timers. */
async function search(text: string): Promise<void> {
  typeQuickly(text);
  await passTime(SEARCH_DELAY_MS);
  vi.useRealTimers();
}

const names = (products: readonly ProductJson[]) => products.map((p) => p.name);

describe('Task 4: Show the table', () => {
  it('says Loading while the first page is on its way, then lists its 10 products in the API order and says "Page 1 of 3"', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    let held!: HeldRequest;
    const { network } = await renderApp(api, { before: (n) => (held = n.hold(LIST)) });
    const sent = await held.arrived;
    await expectStatus(/loading/i, 'the status while GET /api/products has not answered');
    expect(shownNames(), 'product rows before the first answer').toEqual([]);
    expect({ ...requestedView(sent.url) }, `the first request ${sent.url}: page 1 of 10, by name ascending, no filters`).toEqual({ ...DEFAULT_VIEW, pageSize: '10' });
    await held.release();
    await expectNames(names(sortedBy(added).slice(0, 10)), 'the table after the first page arrived: the first 10 products by name');
    await expectStatus(/page 1 of 3/i, 'the status with 25 products, 10 a page');
    expect(statusText(), 'the status after loading').not.toMatch(/loading/i);
    expect(network.sent(LIST).map((r) => requestedView(r.url).page), 'the pages asked for').not.toContain('2');
  });

  it('each row shows the name, the category and the price in euros with two decimals', async () => {
    const { api } = await start();
    await addProduct(api, { name: 'Teapot', category: 'kitchen', priceCents: 1805 });
    await addProduct(api, { name: 'Stapler', category: 'office', priceCents: 900 });
    await renderApp(api);
    await expectNames(['Stapler', 'Teapot'], 'the table');
    const teapot = within(table()).getAllByRole('row').find((row) => within(row).queryByRole('cell', { name: 'Teapot' }));
    const cells = within(teapot!).getAllByRole('cell').map((cell) => cell.textContent ?? '');
    expect(cells[1], 'the second cell of "Teapot": its category').toBe('kitchen');
    expect(cells[2], 'the third cell of "Teapot" (1805 cents): its price').toContain('18.05');
  });

  it('"Next page" shows page 2 and says Loading meanwhile; "Previous page" is disabled on page 1 and "Next page" on the last page', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    const order = names(sortedBy(added));
    const { user, network } = await renderApp(api);
    await expectStatus(/page 1 of 3/i, 'the status on page 1');
    expect(button(/previous/i).disabled, '"Previous page" on page 1').toBe(true);
    expect(button(/next/i).disabled, '"Next page" on page 1 of 3').toBe(false);
    const held = network.hold(LIST);
    await user.click(button(/next/i));
    const sent = await held.arrived;
    expect(requestedView(sent.url).page, `the request after "Next page": ${sent.url}`).toBe('2');
    await expectStatus(/loading/i, 'the status while page 2 is on its way');
    await held.release();
    await expectNames(order.slice(10, 20), 'the table on page 2');
    await expectStatus(/page 2 of 3/i, 'the status on page 2');
    await user.click(button(/next/i));
    await expectNames(order.slice(20), 'the table on page 3: the last 5 products');
    await expectStatus(/page 3 of 3/i, 'the status on page 3');
    expect(button(/next/i).disabled, '"Next page" on the last page').toBe(true);
    await user.click(button(/previous/i));
    await expectNames(order.slice(10, 20), 'the table after "Previous page": page 2 again');
    expect(lastList(network)?.page, 'the request after "Previous page"').toBe('2');
  });

  it('an empty catalogue says "No products" in the status and shows no product rows', async () => {
    const { api } = await start();
    await renderApp(api);
    await expectStatus(/no products/i, 'the status with no products');
    expect(shownNames(), 'product rows').toEqual([]);
    expect(button(/next/i).disabled, '"Next page" with no products').toBe(true);
  });

  it('a page that cannot be loaded is announced in an alert with the API\'s message, and the status stops saying Loading', async () => {
    const { api } = await start();
    await seed(api, CATALOGUE.slice(0, 3));
    let held!: HeldRequest;
    await renderApp(api, { before: (n) => (held = n.hold(LIST)) });
    await held.arrived;
    await held.release({ status: 500, body: { error: { code: 'internal', message: 'The catalogue is asleep (4711).' } } });
    expect((await screen.findByRole('alert')).textContent ?? '', 'the alert after GET /api/products answered 500').toContain('The catalogue is asleep (4711).');
    await waitFor(() => expect(statusText(), 'the status after the failure').not.toMatch(/loading/i));
  });

  it('names are shown as text, never as HTML', async () => {
    const { api } = await start();
    const nasty = '<img src=x onerror="window.hacked=1"><b>Bold</b>';
    await addProduct(api, { name: nasty, category: 'office', priceCents: 100 });
    await renderApp(api);
    await expectNames([nasty], 'the row of a product named with markup: the exact characters');
    expect(screen.queryByRole('img'), 'an <img> made from a name').toBeNull();
    expect((window as unknown as { hacked?: number }).hacked, 'a script run from a name').toBeUndefined();
  });
});

describe('Task 5: Sort, search and filter from the page', () => {
  it('the Name column is sorted ascending at first (aria-sort); pressing "Price" sorts by price ascending, pressing it again descending', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    const { user, network } = await renderApp(api);
    await expectStatus(/page 1 of 3/i, 'the status on page 1');
    expect(ariaSort(/^name/i), 'aria-sort of the Name column header at first').toBe('ascending');
    await user.click(screen.getByRole('button', { name: /^price/i }));
    await expectNames(names(sortedBy(added, 'price', 'asc').slice(0, 10)), 'the table after pressing "Price": cheapest first');
    expect([lastList(network)?.sort, lastList(network)?.order], 'sort and order of the request after pressing "Price"').toEqual(['price', 'asc']);
    expect(ariaSort(/^price/i), 'aria-sort of the Price column header').toBe('ascending');
    expect([null, 'none'], 'aria-sort of the Name column header when Price sorts').toContain(ariaSort(/^name/i));
    await user.click(screen.getByRole('button', { name: /^price/i }));
    await expectNames(names(sortedBy(added, 'price', 'desc').slice(0, 10)), 'the table after pressing "Price" again: dearest first');
    expect([lastList(network)?.sort, lastList(network)?.order], 'the request after pressing "Price" again').toEqual(['price', 'desc']);
    expect(ariaSort(/^price/i), 'aria-sort of the Price column header after the second press').toBe('descending');
    await user.click(screen.getByRole('button', { name: /^category/i }));
    await expectNames(names(sortedBy(added, 'category', 'asc').slice(0, 10)), 'the table after pressing "Category": ascending');
    expect(ariaSort(/^category/i), 'aria-sort of the Category column header').toBe('ascending');
  });

  it('typing "lamp" quickly sends one search, 300 ms after the last keystroke, and shows its matches', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    const { network } = await renderApp(api, { fakeTimers: true });
    await eventually(() => expect(shownNames().length, 'product rows on page 1').toBe(10));
    const before = network.sent(LIST).length;
    typeQuickly('lamp');
    await passTime(SEARCH_DELAY_MS - 1);
    expect(network.sent(LIST).slice(before).map((r) => r.url), 'requests while typing "lamp" and for 299 ms after').toEqual([]);
    await passTime(1);
    const searches = network.sent(LIST).slice(before);
    expect(searches.map((r) => requestedView(r.url).q), 'the searches sent once 300 ms passed after typing "lamp": exactly one, for "lamp"').toEqual(['lamp']);
    vi.useRealTimers();
    await expectNames(names(sortedBy(added.filter((p) => /lamp/i.test(p.name)))), 'the table after searching "lamp"');
    await expectStatus(/page 1 of 1/i, 'the status with 5 matches');
    expect(network.sent(LIST).length - before, 'requests for the search').toBe(1);
  });

  it('each keystroke restarts the wait: a pause shorter than 300 ms sends nothing', async () => {
    const { api } = await start();
    await seed(api, CATALOGUE);
    const { network } = await renderApp(api, { fakeTimers: true });
    await eventually(() => expect(shownNames().length, 'product rows on page 1').toBe(10));
    const before = network.sent(LIST).length;
    typeQuickly('la');
    await passTime(200);
    typeQuickly('mp', 'la');
    await passTime(200);
    expect(network.sent(LIST).slice(before).map((r) => r.url), 'requests after "la", 200 ms, "mp", 200 ms').toEqual([]);
    await passTime(100);
    expect(network.sent(LIST).slice(before).map((r) => requestedView(r.url).q), 'the searches 300 ms after the last keystroke').toEqual(['lamp']);
  });

  it('choosing a category asks for it and shows only its products, starting again at page 1', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    const { user, network } = await renderApp(api);
    await expectStatus(/page 1 of 3/i, 'the status on page 1');
    await user.click(button(/next/i));
    await expectStatus(/page 2 of 3/i, 'the status on page 2');
    await user.selectOptions(screen.getByRole('combobox', { name: /category/i }), 'lighting');
    await expectNames(names(sortedBy(added.filter((p) => p.category === 'lighting'))), 'the table after choosing "lighting" on page 2');
    expect([lastList(network)?.category, lastList(network)?.page], 'category and page of the request after choosing "lighting" on page 2').toEqual(['lighting', '1']);
    await expectStatus(/page 1 of 1/i, 'the status with 6 lighting products');
    await user.selectOptions(screen.getByRole('combobox', { name: /category/i }), 'All categories');
    await expectStatus(/page 1 of 3/i, 'the status after choosing "All categories"');
    expect(lastList(network)?.category, 'the category of the request after "All categories": none').toBe('');
  });

  it('a new search or a new sort starts again at page 1', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    const { user, network } = await renderApp(api);
    await expectStatus(/page 1 of 3/i, 'the status on page 1');
    await user.click(button(/next/i));
    await expectStatus(/page 2 of 3/i, 'the status on page 2');
    await user.click(screen.getByRole('button', { name: /^price/i }));
    await expectNames(names(sortedBy(added, 'price').slice(0, 10)), 'the table after pressing "Price" on page 2: the cheapest 10');
    expect(lastList(network)?.page, 'the page of the request after a new sort on page 2').toBe('1');
    await user.click(button(/next/i));
    await expectStatus(/page 2 of 3/i, 'the status on page 2 of the price order');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await search('e');
    await waitFor(() => expect([lastList(network)?.q, lastList(network)?.page], 'q and page of the request after searching "e" on page 2').toEqual(['e', '1']));
    const matches = sortedBy(added.filter((p) => /e/i.test(p.name)), 'price');
    await expectNames(names(matches.slice(0, 10)), 'the table after searching "e" on page 2: its first page');
    await expectStatus(/page 1 of 2/i, `the status with ${matches.length} matches`);
  });

  it('an answer that arrives after a newer one never replaces it', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    const { user, network } = await renderApp(api);
    await expectStatus(/page 1 of 3/i, 'the status on page 1');
    const held = network.hold(LIST);
    await user.selectOptions(screen.getByRole('combobox', { name: /category/i }), 'lighting');
    await held.arrived;
    await user.selectOptions(screen.getByRole('combobox', { name: /category/i }), 'garden');
    const garden = names(sortedBy(added.filter((p) => p.category === 'garden')));
    await expectNames(garden, 'the table after choosing "lighting" (held back) and then "garden"');
    await held.release({ status: 200, body: { items: [{ id: 999, name: 'Stale lighting answer', category: 'lighting', priceCents: 100 }], page: 1, pageSize: 10, total: 1 } });
    // Give the late answer every chance to arrive: a few turns of the event loop, no I/O involved.
    await act(async () => {
      for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(shownNames(), 'the table after the answer for "lighting" arrived late: still garden').toEqual(garden);
    expect(selectedCategory(), 'the category shown').toBe('garden');
  });
});

describe('Task 6: Keep the state in the URL', () => {
  it('each change the user makes is written to the URL (page, sort, order, category, q) as a new history entry', async () => {
    const { api } = await start();
    await seed(api, CATALOGUE);
    const { user } = await renderApp(api, { path: '/' });
    await expectStatus(/page 1 of 3/i, 'the status on page 1');
    const length = window.history.length;
    await user.click(button(/next/i));
    await waitFor(() => expect(urlView(), `the URL after "Next page" (${window.location.href})`).toEqual({ ...DEFAULT_VIEW, page: '2' }));
    expect(window.history.length, 'history entries after "Next page": one more').toBe(length + 1);
    await user.click(screen.getByRole('button', { name: /^price/i }));
    await waitFor(() => expect(urlView(), `the URL after pressing "Price" (${window.location.href})`).toEqual({ ...DEFAULT_VIEW, sort: 'price' }));
    await user.click(screen.getByRole('button', { name: /^price/i }));
    await waitFor(() => expect(urlView(), `the URL after pressing "Price" again (${window.location.href})`).toEqual({ ...DEFAULT_VIEW, sort: 'price', order: 'desc' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /category/i }), 'lighting');
    await waitFor(() => expect(urlView(), `the URL after choosing "lighting" (${window.location.href})`).toEqual({ ...DEFAULT_VIEW, sort: 'price', order: 'desc', category: 'lighting' }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await search('lamp');
    await waitFor(() => expect(urlView(), `the URL after searching "lamp" (${window.location.href})`).toEqual({ page: '1', sort: 'price', order: 'desc', category: 'lighting', q: 'lamp' }));
    expect(window.history.length, 'history entries after five changes: five more').toBe(length + 5);
    expect(window.location.pathname, 'the path').toBe('/');
  });

  it('the back button brings the previous view back (rows, status, sort, search box, category), and forward again', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    const { user, network } = await renderApp(api, { path: '/' });
    await expectStatus(/page 1 of 3/i, 'the status on page 1');
    await user.click(button(/next/i));
    await expectStatus(/page 2 of 3/i, 'the status on page 2');
    await user.click(screen.getByRole('button', { name: /^price/i }));
    await user.selectOptions(screen.getByRole('combobox', { name: /category/i }), 'lighting');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await search('lamp');
    const lamps = added.filter((p) => p.category === 'lighting' && /lamp/i.test(p.name));
    await expectNames(names(sortedBy(lamps, 'price')), 'the table: lighting, "lamp", by price');
    const back = async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      await act(async () => {
        window.history.back();
        await popped;
      });
    };
    await back();
    await expectNames(names(sortedBy(added.filter((p) => p.category === 'lighting'), 'price')), 'the table after Back (before the search): lighting by price');
    expect(searchbox().value, 'the search box after Back').toBe('');
    expect(selectedCategory(), 'the category after Back').toBe('lighting');
    await back();
    await expectNames(names(sortedBy(added, 'price').slice(0, 10)), 'the table after Back twice: all products by price');
    expect(selectedCategory(), 'the category after Back twice').toBe('All categories');
    expect(ariaSort(/^price/i), 'aria-sort of Price after Back twice').toBe('ascending');
    await back();
    await expectNames(names(sortedBy(added).slice(10, 20)), 'the table after Back three times: page 2 by name');
    await expectStatus(/page 2 of 3/i, 'the status after Back three times');
    expect(ariaSort(/^name/i), 'aria-sort of Name after Back three times').toBe('ascending');
    expect(urlView(), 'the URL after Back three times').toEqual({ ...DEFAULT_VIEW, page: '2' });
    expect(lastList(network)?.page, 'the last request after Back three times: page 2 asked again').toBe('2');
    const forward = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await act(async () => {
      window.history.forward();
      await forward;
    });
    await expectNames(names(sortedBy(added, 'price').slice(0, 10)), 'the table after Forward: all products by price again (Back pushed nothing)');
    expect(ariaSort(/^price/i), 'aria-sort of Price after Forward').toBe('ascending');
  });

  it('opening a URL with a query shows that view and asks the API for it', async () => {
    const { api } = await start();
    const added = await seed(api, [...CATALOGUE, ...CATALOGUE.map((p) => ({ ...p, name: `${p.name} Deluxe` }))]);
    const { network } = await renderApp(api, { path: '/?page=2&sort=price&order=desc&category=lighting&q=a' });
    const matches = sortedBy(added.filter((p) => p.category === 'lighting' && /a/i.test(p.name)), 'price', 'desc');
    await expectNames(names(matches.slice(10, 20)), 'the table at /?page=2&sort=price&order=desc&category=lighting&q=a');
    const wanted = { page: '2', pageSize: '10', sort: 'price', order: 'desc', category: 'lighting', q: 'a' };
    const sent = network.sent(LIST).map((r) => requestedView(r.url));
    expect(sent[0], 'the first request of the page').toEqual(wanted);
    expect(sent.filter((v) => !sameView(v, wanted)), 'requests for another view').toEqual([]);
    await expectStatus(new RegExp(`page 2 of ${Math.ceil(matches.length / 10)}`, 'i'), 'the status');
    expect(ariaSort(/^price/i), 'aria-sort of the Price column header').toBe('descending');
    expect(searchbox().value, 'the search box').toBe('a');
    expect(selectedCategory(), 'the category').toBe('lighting');
    expect(button(/previous/i).disabled, '"Previous page" on page 2').toBe(false);
  });

  it('bad values in the URL fall back to the defaults: the page asks a valid query, shows page 1 and no alert', async () => {
    const { api } = await start();
    const added = await seed(api, CATALOGUE);
    for (const path of ['/?page=abc&sort=drop&order=sideways&category=toys', '/?page=0&sort=Price&order=DESC&category=Lighting', '/?page=-2&sort=&order=&category=', '/?page=1.5&pageSize=9999&colour=red', '/?page=99999999999999999999&sort=price;DROP%20TABLE']) {
      const { network, unmount } = await renderApp(api, { path });
      await expectNames(names(sortedBy(added).slice(0, 10)), `the table at ${path}: the defaults`);
      const sent = network.sent(LIST).map((r) => requestedView(r.url));
      expect(sent.length > 0 && sent.every((v) => sameView(v, { ...DEFAULT_VIEW, pageSize: '10' })), `the requests at ${path} ask for the defaults: ${JSON.stringify(sent)}`).toBe(true);
      expect(screen.queryByRole('alert'), `an alert at ${path}`).toBeNull();
      await expectStatus(/page 1 of 3/i, `the status at ${path}`);
      unmount();
    }
  });
});
