// p49's DOM checks: the learner's <App /> in jsdom, its fetch and XMLHttpRequest reaching the
// real API. Elements are found only by the roles and accessible names of the SPEC's contract.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { domFile, renderApp, type HeldRequest, type TestServer } from '#testkit';
import { download, listImages, png, start, upload, uploaded } from './helpers.js';

const LIST = { method: 'GET', path: '/api/images' };
const WAIT = { timeout: 5000 };

async function gallery(): Promise<HTMLElement> {
  return screen.findByRole('list', { name: /gallery/i }, WAIT);
}

/** Asserts the gallery holds exactly these images, in this order (each listitem's button named by its title). */
async function expectGallery(expected: string[], what: string): Promise<void> {
  const items = within(await gallery()).getAllByRole('listitem');
  const found = items.map((item, i) => (expected[i] !== undefined && within(item).queryByRole('button', { name: expected[i] }) ? expected[i] : `(listitem ${i + 1} has no button "${expected[i] ?? '(none expected)'}")`));
  expect(found, what).toEqual(expected);
}

async function seed(api: TestServer, titles: string[]): Promise<void> {
  // Uploaded oldest first, so the gallery (newest first) shows them reversed.
  for (const [i, title] of titles.entries()) await uploaded(api, png(200, i + 1), title);
}

/** Picks `file`, types `title`, presses Upload. */
async function submitUpload(user: Awaited<ReturnType<typeof renderApp>>['user'], file: File, title: string): Promise<void> {
  await user.upload(screen.getByLabelText(/^image$/i), file);
  const box = screen.getByRole('textbox', { name: /^title$/i });
  await user.clear(box);
  await user.type(box, title);
  await user.click(screen.getByRole('button', { name: /^upload$/i }));
}

function pngFile(size: number, name = 'pot.png'): File {
  return domFile(new Uint8Array(png(size)), name, 'image/png');
}

describe('Task 3: Show the gallery', () => {
  it('shows one listitem per image, newest first, each with a button named exactly by the title', async () => {
    const { api } = await start();
    await seed(api, ['Blue pot', 'Green jug', 'Tall vase']);
    const page = await renderApp(api);
    await gallery();
    expect(page.network.sent(LIST).length, 'the app asks GET /api/images when it starts').toBeGreaterThan(0);
    const items = within(await gallery()).getAllByRole('listitem');
    expect(items.length, 'one listitem per image').toBe(3);
    const expected = ['Tall vase', 'Green jug', 'Blue pot'];
    expected.forEach((title, i) => expect(within(items[i]!).queryByRole('button', { name: title }), `listitem ${i + 1} of the gallery (newest first) holds the button "${title}"`).not.toBeNull());
    expect(screen.getByRole('heading', { level: 1 }), 'a level 1 heading').toBeTruthy();
  });

  it('the status says Loading until the list arrives, then no longer', async () => {
    const { api } = await start();
    await seed(api, ['Blue pot']);
    let held!: HeldRequest;
    await renderApp(api, { before: (network) => (held = network.hold(LIST)) });
    await held.arrived;
    const status = await screen.findByRole('status', {}, WAIT);
    expect(status.textContent ?? '', 'the status while GET /api/images has not answered').toMatch(/loading/i);
    expect(screen.queryByRole('button', { name: 'Blue pot' }), 'no image before the list arrives').toBeNull();
    await held.release();
    expect(await screen.findByRole('button', { name: 'Blue pot' }, WAIT), 'the image after the list arrived').toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent ?? '', 'the status after the list arrived').not.toMatch(/loading/i));
  });

  it('an empty gallery says "No images" in the status', async () => {
    const { api } = await start();
    await renderApp(api);
    await waitFor(() => expect(screen.getByRole('status').textContent ?? '', 'the status with no images').toMatch(/no images/i), WAIT);
    expect(screen.queryAllByRole('listitem'), 'listitems with no images').toEqual([]);
  });

  it('a gallery that cannot be loaded is announced in an alert, and the status stops saying Loading', async () => {
    const { api } = await start();
    await seed(api, ['Blue pot']);
    let held!: HeldRequest;
    await renderApp(api, { before: (network) => (held = network.hold(LIST)) });
    await held.arrived;
    await held.release({ status: 500, body: { error: { code: 'internal', message: 'The disk is asleep.' } } });
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert.textContent ?? '', 'the alert after GET /api/images answered 500').not.toBe('');
    await waitFor(() => expect(screen.queryByRole('status')?.textContent ?? '', 'the status no longer says loading').not.toMatch(/loading/i));
  });

  it('titles are shown as text, never as HTML', async () => {
    const { api } = await start();
    const nasty = '<img src=x onerror="window.hacked=1"><b>Bold</b>';
    await seed(api, [nasty]);
    await renderApp(api);
    expect(await screen.findByRole('button', { name: nasty }, WAIT), 'a button named by the exact title, markup and all').toBeTruthy();
    expect(document.querySelector('[onerror]'), 'an element with an onerror attribute made from a title').toBeNull();
    expect(document.querySelector('b'), 'a <b> element made from a title').toBeNull();
  });
});

describe('Task 4: Upload with progress', () => {
  it('Upload sends the file and the title as multipart: the image is stored byte for byte and shows first in the gallery; the title is emptied', async () => {
    const { api } = await start();
    await seed(api, ['Older']);
    const { user } = await renderApp(api);
    await gallery();
    await submitUpload(user, pngFile(3000), 'Blue pot');
    await waitFor(async () => expect((await listImages(api)).map((i) => i.title), 'GET /api/images after Upload').toEqual(['Blue pot', 'Older']), WAIT);
    const [stored] = await listImages(api);
    expect((await download(api, stored!.url)).bytes.equals(png(3000)), 'the stored file is the chosen file, byte for byte').toBe(true);
    await waitFor(() => expectGallery(['Blue pot', 'Older'], 'the gallery after the upload: the new image first'), WAIT);
    expect((screen.getByRole('textbox', { name: /^title$/i }) as HTMLInputElement).value, 'the Title textbox after an accepted upload').toBe('');
  });

  it('a progressbar "Upload progress" shows and reads 100 (aria-valuenow) once the upload is accepted', async () => {
    const { api } = await start();
    const { user } = await renderApp(api);
    await screen.findByRole('status', {}, WAIT);
    await submitUpload(user, pngFile(20_000), 'Progress');
    const bar = await screen.findByRole('progressbar', { name: /upload progress/i }, WAIT);
    await waitFor(() => expect(screen.getByRole('progressbar', { name: /upload progress/i }).getAttribute('aria-valuenow'), 'aria-valuenow of the progressbar after the upload was accepted').toBe('100'), WAIT);
    expect(bar, 'the progressbar').toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Progress' }, WAIT), 'the uploaded image in the gallery').toBeTruthy();
  });

  it('a text file named .png is refused by the server: its error.message shows in an alert, the title stays', async () => {
    const { api } = await start();
    const refused = await upload(api, Buffer.from('just words'), 'Direct', 'notes.png', 'image/png');
    const message = (refused.json as { error: { message: string } }).error.message;
    const { user } = await renderApp(api);
    await screen.findByRole('status', {}, WAIT);
    await submitUpload(user, domFile('just words', 'notes.png', 'image/png'), 'Fake photo');
    const alert = await screen.findByRole('alert', {}, WAIT);
    await waitFor(() => expect(screen.getByRole('alert').textContent ?? '', 'the alert after the server answered 415 unsupported_type').toContain(message), WAIT);
    expect(alert, 'the alert').toBeTruthy();
    expect((screen.getByRole('textbox', { name: /^title$/i }) as HTMLInputElement).value, 'the Title textbox after a refused upload').toBe('Fake photo');
    expect(await listImages(api), 'GET /api/images after the refused upload').toEqual([]);
  });

  it('a file over the limit is refused with the server\'s 413 message, which names the limit', async () => {
    const { api } = await start({ maxBytes: 1000 });
    const refused = await upload(api, png(1500), 'Direct');
    const message = (refused.json as { error: { message: string } }).error.message;
    const { user } = await renderApp(api);
    await screen.findByRole('status', {}, WAIT);
    await submitUpload(user, pngFile(1500, 'big.png'), 'Big pot');
    await waitFor(() => expect(screen.getByRole('alert').textContent ?? '', 'the alert after the server answered 413 file_too_large').toContain(message), WAIT);
    expect(screen.getByRole('alert').textContent ?? '', 'the alert names the limit').toContain('1000');
    expect(await listImages(api), 'GET /api/images after the 413').toEqual([]);
  });

  it('the file input is labelled "Image" and a second upload after a refusal works: the alert is gone or replaced, the image shows', async () => {
    const { api } = await start();
    const { user } = await renderApp(api);
    await screen.findByRole('status', {}, WAIT);
    const input = screen.getByLabelText(/^image$/i);
    expect((input as HTMLInputElement).type, 'the element labelled "Image"').toBe('file');
    await submitUpload(user, domFile('<html></html>', 'page.png', 'image/png'), 'Page');
    await screen.findByRole('alert', {}, WAIT);
    await submitUpload(user, pngFile(500), 'Real pot');
    expect(await screen.findByRole('button', { name: 'Real pot' }, WAIT), 'the image of the second upload').toBeTruthy();
    await waitFor(() => expect(screen.getByRole('progressbar', { name: /upload progress/i }).getAttribute('aria-valuenow'), 'the progressbar after the second, accepted upload').toBe('100'), WAIT);
    expect((await listImages(api)).map((i) => i.title), 'GET /api/images').toEqual(['Real pot']);
  });
});

describe('Task 5: A lightbox for the keyboard', () => {
  async function openGallery(titles: string[]) {
    const { api } = await start();
    await seed(api, titles);
    const page = await renderApp(api);
    await gallery();
    return { api, ...page };
  }

  function dialog(): HTMLElement {
    return screen.getByRole('dialog');
  }

  async function expectShowing(title: string, what: string): Promise<void> {
    await waitFor(() => expect(screen.queryByRole('dialog', { name: title }), `${what}: the dialog is named "${title}"`).not.toBeNull());
    const img = within(dialog()).getByRole('img', { name: title });
    expect(img.getAttribute('alt'), `${what}: the img's alt`).toBe(title);
  }

  it('pressing a thumbnail opens a dialog named by the title, with the image (alt = title, src = its url), and moves focus into it', async () => {
    const { api, user } = await openGallery(['Blue pot', 'Green jug']);
    const [newest] = await listImages(api);
    await user.click(screen.getByRole('button', { name: 'Green jug' }));
    await expectShowing('Green jug', 'after pressing the thumbnail "Green jug"');
    const img = within(dialog()).getByRole('img', { name: 'Green jug' });
    expect(img.getAttribute('src') ?? '', 'the src of the dialog\'s img').toMatch(new RegExp(`${newest!.url.replace(/\//g, '\\/')}$`));
    expect(dialog().getAttribute('aria-modal'), 'aria-modal of the dialog').toBe('true');
    expect(dialog().contains(document.activeElement), `focus after opening the lightbox is inside the dialog (it is on ${document.activeElement?.tagName})`).toBe(true);
  });

  it('Next and Previous move through the gallery\'s order; Previous is disabled on the first image, Next on the last', async () => {
    const { user } = await openGallery(['Oldest', 'Middle', 'Newest']);
    await user.click(screen.getByRole('button', { name: 'Newest' }));
    await expectShowing('Newest', 'opened on the first image of the gallery');
    const previous = () => within(dialog()).getByRole('button', { name: /^previous$/i }) as HTMLButtonElement;
    const next = () => within(dialog()).getByRole('button', { name: /^next$/i }) as HTMLButtonElement;
    expect(previous().disabled, 'Previous on the first image').toBe(true);
    expect(next().disabled, 'Next on the first image').toBe(false);
    await user.click(next());
    await expectShowing('Middle', 'after Next');
    await user.click(next());
    await expectShowing('Oldest', 'after Next twice');
    expect(next().disabled, 'Next on the last image').toBe(true);
    expect(previous().disabled, 'Previous on the last image').toBe(false);
    await user.click(previous());
    await expectShowing('Middle', 'after Previous');
  });

  it('ArrowRight and ArrowLeft move like Next and Previous, and do nothing at the ends', async () => {
    const { user } = await openGallery(['Oldest', 'Middle', 'Newest']);
    await user.click(screen.getByRole('button', { name: 'Middle' }));
    await expectShowing('Middle', 'opened on "Middle"');
    await user.keyboard('{ArrowRight}');
    await expectShowing('Oldest', 'after ArrowRight');
    await user.keyboard('{ArrowRight}');
    await expectShowing('Oldest', 'after ArrowRight on the last image');
    await user.keyboard('{ArrowLeft}');
    await expectShowing('Middle', 'after ArrowLeft');
    await user.keyboard('{ArrowLeft}');
    await expectShowing('Newest', 'after ArrowLeft twice');
    await user.keyboard('{ArrowLeft}');
    await expectShowing('Newest', 'after ArrowLeft on the first image');
  });

  it('Escape closes the lightbox and puts focus back on the thumbnail that opened it, even after moving', async () => {
    const { user } = await openGallery(['Oldest', 'Middle', 'Newest']);
    const thumbnail = screen.getByRole('button', { name: 'Middle' });
    await user.click(thumbnail);
    await expectShowing('Middle', 'opened on "Middle"');
    await user.keyboard('{ArrowRight}');
    await expectShowing('Oldest', 'after ArrowRight');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog'), 'the dialog after Escape').toBeNull());
    expect(document.activeElement, `focus after Escape is on the thumbnail "Middle" that opened the lightbox (it is on ${document.activeElement?.tagName} "${document.activeElement?.textContent?.trim() ?? ''}")`).toBe(screen.getByRole('button', { name: 'Middle' }));
  });

  it('the Close button closes the lightbox and puts focus back on the thumbnail', async () => {
    const { user } = await openGallery(['Oldest', 'Newest']);
    await user.click(screen.getByRole('button', { name: 'Oldest' }));
    await expectShowing('Oldest', 'opened on "Oldest"');
    await user.click(within(dialog()).getByRole('button', { name: /^close$/i }));
    await waitFor(() => expect(screen.queryByRole('dialog'), 'the dialog after Close').toBeNull());
    expect(document.activeElement, 'focus after Close is on the thumbnail "Oldest"').toBe(screen.getByRole('button', { name: 'Oldest' }));
  });
});
