// The hidden suite of p35 contacts-trash. It reaches the app only through what SPEC.md's Interface
// promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), and drizzle/.
// Checks that look inside the database file find rows by their content, never by a name.
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectStatus, findRow, hasText, load, serve, tempDbFile, tryInsertCopy, withRawDb, type AppLike, type TestServer } from '#testkit';
import { DAY, RETENTION, START, create, expectContact, history, iso, list, moveToTrash, start, stats, trash, tracesOf, type ContactJson } from './helpers.js';

const T0 = Date.parse(START);
const HOUR = 60 * 60 * 1000;

const anna = { name: 'Anna Berg', email: ' Anna.Berg@Example.org ', phone: '+46 70 123 45 67' };

async function seedThree(api: TestServer): Promise<ContactJson[]> {
  return [
    await create(api, { name: 'Anna Berg', email: 'anna@example.org' }),
    await create(api, { name: 'Bo Lind', email: 'bo@lind.se', phone: '0701' }),
    await create(api, { name: 'Cleo Berglund' }),
  ];
}

describe('Task 1: Create and read contacts', () => {
  it('POST /contacts answers 201 with Location and the contact: email trimmed and lower-cased, name and phone as sent, times from now()', async () => {
    const { api, dbFile } = await start();
    const res = await api.post('/contacts', { json: anna });
    const contact = expectContact(res, 201);
    expect(contact, `${res.request}: the contact`).toEqual({ id: contact.id, name: 'Anna Berg', email: 'anna.berg@example.org', phone: '+46 70 123 45 67', createdAt: START, updatedAt: START });
    expect(Number.isInteger(contact.id) && contact.id > 0, `${res.request}: id is a positive whole number`).toBe(true);
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/contacts/${contact.id}`);
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('GET /contacts/:id answers the contact; unknown ids and ids that are not positive whole numbers answer 404', async () => {
    const { api, clock } = await start();
    const first = await create(api, { name: 'Anna' });
    clock.advance(HOUR);
    const second = await create(api, { name: "Robert'); DROP TABLE contacts;--", phone: '  007  ' });
    expect(expectContact(await api.get(`/contacts/${first.id}`)), `GET /contacts/${first.id}`).toEqual(first);
    const got = expectContact(await api.get(`/contacts/${second.id}`));
    expect(got, `GET /contacts/${second.id}: name and phone stored exactly as sent, email null when missing, times from the clock`).toEqual({ id: second.id, name: "Robert'); DROP TABLE contacts;--", email: null, phone: '  007  ', createdAt: iso(T0 + HOUR), updatedAt: iso(T0 + HOUR) });
    for (const id of ['999', 'abc', '0', '-1', '1.5', `${first.id}abc`]) expectApiError(await api.get(`/contacts/${id}`), 404, 'not_found');
  });

  it('refuses a bad name, email or phone, unknown fields and bodies that are not objects with 400 validation_failed naming each field', async () => {
    const { api } = await start();
    expectInvalid(await api.post('/contacts', { json: {} }), 'name');
    expectInvalid(await api.post('/contacts', { json: { name: '   ' } }), 'name');
    expectInvalid(await api.post('/contacts', { json: { name: 'x'.repeat(101) } }), 'name');
    expectInvalid(await api.post('/contacts', { json: { name: 42 } }), 'name');
    expectInvalid(await api.post('/contacts', { json: { name: null } }), 'name');
    for (const email of ['anna', 'anna@example', '@example.org', 'an na@example.org', 'anna@example.org junk', 'anna@@example.org', 'anna@example.', 'anna@.', 42, `${'a'.repeat(243)}@example.org`]) {
      expectInvalid(await api.post('/contacts', { json: { name: 'A', email } }), 'email');
    }
    for (const phone of ['', 'x'.repeat(31), 700, true]) expectInvalid(await api.post('/contacts', { json: { name: 'A', phone } }), 'phone');
    expectInvalid(await api.post('/contacts', { json: { name: 'A', deletedAt: null } }), 'deletedAt');
    expectInvalid(await api.post('/contacts', { json: { name: 'A', email: 'x', nickname: 'y' } }), 'email', 'nickname');
    expectApiError(await api.post('/contacts', { json: ['Anna'] }), 400, 'validation_failed');
    expect((await list(api)).total, 'GET /contacts after only refused creates: total').toBe(0);
  });

  it('accepts the longest name, email and phone the spec allows', async () => {
    const { api } = await start();
    const email = `${'a'.repeat(242)}@example.org`;
    expect(email.length, 'the test email').toBe(254);
    const contact = await create(api, { name: 'n'.repeat(100), email, phone: 'p'.repeat(30) });
    expect(contact.email, 'POST /contacts with a 254-character email').toBe(email);
    expect((await create(api, { name: 'a@b.c', email: 'a@b.c', phone: null })).email, 'POST /contacts { email: "a@b.c" }').toBe('a@b.c');
    expect((await create(api, { name: 'x', email: null })).email, 'POST /contacts { email: null }').toBeNull();
  });

  it('two live contacts never share an email (after trimming and lower-casing): 409 email_taken; contacts without email are many', async () => {
    const { api } = await start();
    await create(api, anna);
    for (const email of ['anna.berg@example.org', 'ANNA.BERG@example.org', '  anna.berg@EXAMPLE.org']) {
      expectApiError(await api.post('/contacts', { json: { name: 'Other Anna', email } }), 409, 'email_taken');
    }
    await create(api, { name: 'No mail 1' });
    await create(api, { name: 'No mail 2', email: null });
    expect((await list(api)).total, 'GET /contacts: total after one refused duplicate and two contacts without email').toBe(3);
  });

  it('the database itself refuses a second live contact with the same email (a unique index)', async () => {
    const { api, dbFile } = await start();
    await create(api, { name: 'Anna', email: 'anna@example.org' });
    await api.close();
    const code = tryInsertCopy(dbFile, hasText('anna@example.org'));
    expect(code, 'a plain SQL INSERT of a copy of the contact row (same email) should be refused by a UNIQUE index').toBe('SQLITE_CONSTRAINT_UNIQUE');
  });

  it('after app.locals.close() the database is closed: requests answer 500 internal, never a 4xx', async () => {
    const { createApp } = await load<{ createApp: (options: { dbFile: string }) => AppLike & { locals: { close?: () => unknown } } }>('src/app.ts', ['createApp']);
    const app = createApp({ dbFile: tempDbFile() });
    expect(typeof app.locals?.close, 'typeof app.locals.close').toBe('function');
    const api = await serve((req, res) => app(req, res));
    const c = await create(api, { name: 'Before', email: 'before@example.org' });
    expect(c.createdAt, 'createdAt without a now option (the real clock)').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    await app.locals.close?.();
    for (const res of [await api.post('/contacts', { json: { name: 'After', email: 'before@example.org' } }), await api.get(`/contacts/${c.id}`)]) {
      expectApiError(res, 500, 'internal');
      expect(res.text, `${res.request}: a 500 shows no stack trace`).not.toMatch(/\n\s+at |SqliteError|node_modules/);
    }
  });

  it('a restart on the same file keeps every contact', async () => {
    const first = await start();
    const contact = await create(first.api, anna);
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(expectContact(await second.api.get(`/contacts/${contact.id}`)), 'GET /contacts/:id after a restart').toEqual(contact);
    expectApiError(await second.api.post('/contacts', { json: { name: 'Again', email: 'anna.berg@example.org' } }), 409, 'email_taken');
  });
});

describe('Task 2: List and search contacts', () => {
  it('GET /contacts lists in ascending id order with total, limit and offset (defaults 20 and 0)', async () => {
    const { api } = await start();
    const made = await seedThree(api);
    const page = await list(api);
    expect(page, 'GET /contacts').toEqual({ items: made, total: 3, limit: 20, offset: 0 });
    const second = await list(api, '?limit=1&offset=1');
    expect(second, 'GET /contacts?limit=1&offset=1: total counts every contact, not only the page').toEqual({ items: [made[1]], total: 3, limit: 1, offset: 1 });
    expect((await list(api, '?offset=5')).items, 'GET /contacts?offset=5').toEqual([]);
    expect((await list(api, '?limit=100')).limit, 'GET /contacts?limit=100').toBe(100);
  });

  it('q keeps contacts whose name or email contains it, ignoring case; total counts the matches', async () => {
    const { api } = await start();
    const [a, b, c] = await seedThree(api);
    const berg = await list(api, '?q=BERG');
    expect(berg.items.map((x) => x.id), 'GET /contacts?q=BERG matches "Anna Berg" and "Cleo Berglund"').toEqual([a!.id, c!.id]);
    expect(berg.total, 'GET /contacts?q=BERG: total').toBe(2);
    expect((await list(api, '?q=lind.se')).items.map((x) => x.id), 'GET /contacts?q=lind.se matches an email').toEqual([b!.id]);
    expect((await list(api, '?q=EXAMPLE')).items.map((x) => x.id), 'GET /contacts?q=EXAMPLE matches an email ignoring case').toEqual([a!.id]);
    expect((await list(api, '?q=')).total, 'GET /contacts?q= keeps everything').toBe(3);
    expect((await list(api, '?q=zzz')).items, 'GET /contacts?q=zzz').toEqual([]);
    expect((await list(api, '?q=berg&limit=1&offset=1')).items.map((x) => x.id), 'GET /contacts?q=berg&limit=1&offset=1').toEqual([c!.id]);
  });

  it('%, _ and \\ in q are plain characters, and injection strings find nothing and break nothing', async () => {
    const { api } = await start();
    const pct = await create(api, { name: '100% Coffee' });
    const under = await create(api, { name: 'snake_case' });
    const slash = await create(api, { name: 'back\\slash' });
    await create(api, { name: '1000 Coffees' });
    await create(api, { name: 'snakeXcase' });
    expect((await list(api, `?q=${encodeURIComponent('0%')}`)).items.map((x) => x.id), 'GET /contacts?q=0% (a literal percent sign)').toEqual([pct.id]);
    expect((await list(api, '?q=e_c')).items.map((x) => x.id), 'GET /contacts?q=e_c (a literal underscore)').toEqual([under.id]);
    expect((await list(api, `?q=${encodeURIComponent('k\\s')}`)).items.map((x) => x.id), 'GET /contacts?q=k\\s (a literal backslash)').toEqual([slash.id]);
    expect((await list(api, `?q=${encodeURIComponent('%')}`)).total, 'GET /contacts?q=%').toBe(1);
    expect((await list(api, `?q=${encodeURIComponent("' OR 1=1 --")}`)).total, "GET /contacts?q=' OR 1=1 --").toBe(0);
    expect((await list(api)).total, 'GET /contacts afterwards').toBe(5);
  });

  it('limit and offset outside their ranges, not plain whole numbers, or repeated answer 400 validation_failed', async () => {
    const { api } = await start();
    await seedThree(api);
    for (const query of ['limit=0', 'limit=101', 'limit=-1', 'limit=1.5', 'limit=abc', 'limit=', 'limit=1&limit=2']) {
      expectInvalid(await api.get(`/contacts?${query}`), 'limit');
    }
    for (const query of ['offset=-1', 'offset=1.5', 'offset=x', 'offset=1&offset=2']) expectInvalid(await api.get(`/contacts?${query}`), 'offset');
  });

  it('GET /stats counts the contacts', async () => {
    const { api } = await start();
    expect(await stats(api), 'GET /stats on an empty database').toEqual({ contacts: 0, trash: 0 });
    await seedThree(api);
    expect(await stats(api), 'GET /stats after three creates').toEqual({ contacts: 3, trash: 0 });
  });
});

describe('Task 3: Edit contacts', () => {
  it('PATCH /contacts/:id changes the fields sent, null clears email and phone, updatedAt becomes now() and createdAt stays', async () => {
    const { api, clock } = await start();
    const contact = await create(api, anna);
    clock.advance(3 * HOUR);
    const res = await api.patch(`/contacts/${contact.id}`, { json: { phone: null, name: 'Anna Lind' } });
    expect(expectContact(res), `${res.request}`).toEqual({ ...contact, name: 'Anna Lind', phone: null, updatedAt: iso(T0 + 3 * HOUR) });
    clock.advance(HOUR);
    const mail = await api.patch(`/contacts/${contact.id}`, { json: { email: ' A.LIND@example.org' } });
    expect(expectContact(mail).email, `${mail.request}: the email is stored trimmed and lower-cased`).toBe('a.lind@example.org');
    const cleared = expectContact(await api.patch(`/contacts/${contact.id}`, { json: { email: null, phone: '112' } }));
    expect(cleared, 'PATCH { email: null, phone: "112" }').toEqual({ ...contact, name: 'Anna Lind', email: null, phone: '112', updatedAt: iso(T0 + 4 * HOUR) });
    expect(expectContact(await api.get(`/contacts/${contact.id}`)), 'GET /contacts/:id after the edits').toEqual(cleared);
  });

  it('an edit that changes no stored value answers 200 and leaves updatedAt as it was', async () => {
    const { api, clock } = await start();
    const contact = await create(api, anna);
    clock.advance(DAY);
    const same = await api.patch(`/contacts/${contact.id}`, { json: { name: 'Anna Berg', email: 'ANNA.BERG@example.org' } });
    expect(expectContact(same), `${same.request}: nothing stored changes`).toEqual(contact);
  });

  it('an email another live contact has answers 409 email_taken and changes nothing; a contact may keep its own email', async () => {
    const { api, clock } = await start();
    const a = await create(api, anna);
    const b = await create(api, { name: 'Bo', email: 'bo@example.org' });
    clock.advance(HOUR);
    expectApiError(await api.patch(`/contacts/${b.id}`, { json: { name: 'Bo B', email: 'Anna.Berg@example.org' } }), 409, 'email_taken');
    expect(expectContact(await api.get(`/contacts/${b.id}`)), 'GET the contact after a refused edit: nothing changed, not even the name').toEqual(b);
    const own = await api.patch(`/contacts/${a.id}`, { json: { name: 'Anna B', email: 'anna.berg@example.org' } });
    expect(expectContact(own).name, `${own.request}: keeping its own email is fine`).toBe('Anna B');
  });

  it('refuses an empty patch, a null name and bad fields with 400; 404 for unknown contacts comes before 400; a broken body before 404', async () => {
    const { api } = await start();
    const c = await create(api, anna);
    expectApiError(await api.patch(`/contacts/${c.id}`, { json: {} }), 400, 'validation_failed');
    expectInvalid(await api.patch(`/contacts/${c.id}`, { json: { name: null } }), 'name');
    expectInvalid(await api.patch(`/contacts/${c.id}`, { json: { name: ' ' } }), 'name');
    expectInvalid(await api.patch(`/contacts/${c.id}`, { json: { email: 'nope' } }), 'email');
    expectInvalid(await api.patch(`/contacts/${c.id}`, { json: { phone: 12 } }), 'phone');
    expectInvalid(await api.patch(`/contacts/${c.id}`, { json: { id: 9 } }), 'id');
    expectApiError(await api.patch(`/contacts/${c.id}`, { json: ['name'] }), 400, 'validation_failed');
    expectApiError(await api.patch('/contacts/999', { json: { name: ' ' } }), 404, 'not_found');
    expectApiError(await api.patch('/contacts/abc', { json: { name: 'x' } }), 404, 'not_found');
    expectApiError(await api.patch('/contacts/999', { body: '{"name":', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await api.patch(`/contacts/${c.id}`, { body: 'name=x', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expect(expectContact(await api.get(`/contacts/${c.id}`)), 'the contact after refused edits').toEqual(c);
  });
});

describe('Task 4: Move contacts to the trash and back', () => {
  it('DELETE /contacts/:id answers 204; the contact is then hidden from GET, PATCH, DELETE, lists, totals, searches and the live count', async () => {
    const { api } = await start();
    const [a, b] = await seedThree(api);
    expectStatus(await api.delete(`/contacts/${a!.id}`), 204);
    expectApiError(await api.get(`/contacts/${a!.id}`), 404, 'not_found');
    expectApiError(await api.patch(`/contacts/${a!.id}`, { json: { name: 'Back?' } }), 404, 'not_found');
    expectApiError(await api.delete(`/contacts/${a!.id}`), 404, 'not_found');
    const all = await list(api);
    expect(all.items.map((x) => x.id), 'GET /contacts after moving one to the trash').not.toContain(a!.id);
    expect(all.total, 'GET /contacts: total leaves the trash out').toBe(2);
    expect((await list(api, '?q=anna')).total, 'GET /contacts?q=anna finds nothing in the trash').toBe(0);
    expect((await list(api, '?q=berg')).items.map((x) => x.id), 'GET /contacts?q=berg').not.toContain(a!.id);
    expect(await stats(api), 'GET /stats').toEqual({ contacts: 2, trash: 1 });
    expectApiError(await api.delete('/contacts/999'), 404, 'not_found');
    expect(b, 'the other contact').toBeDefined();
  });

  it('moving to the trash is a soft delete: the contact is still stored in the database file', async () => {
    const { api, dbFile } = await start();
    const c = await create(api, { name: 'Zed Soft', email: 'zed.soft@example.org' });
    await moveToTrash(api, c.id);
    await api.close();
    const row = withRawDb(dbFile, (db) => findRow(db, hasText('zed.soft@example.org')));
    expect(row, 'a row of the database should still hold the email of a contact in the trash').toBeDefined();
  });

  it('GET /trash lists contacts in the trash, most recently deleted first, with deletedAt and purgeAt 30 days later', async () => {
    const { api, clock } = await start();
    const [a, b, c] = await seedThree(api);
    clock.advance(DAY);
    await moveToTrash(api, b!.id);
    clock.advance(HOUR);
    await moveToTrash(api, a!.id);
    await moveToTrash(api, c!.id);
    const page = await trash(api);
    const deletedLate = iso(T0 + DAY + HOUR);
    expect(page.items.map((x) => x.id), 'GET /trash: most recent deletion first, ties by higher id first').toEqual([c!.id, a!.id, b!.id]);
    expect(page.items[1], 'GET /trash: an item is the contact as it was (updatedAt unchanged) plus deletedAt and purgeAt').toEqual({ ...a!, deletedAt: deletedLate, purgeAt: iso(T0 + DAY + HOUR + RETENTION) });
    expect(page.items[2]!.purgeAt, 'purgeAt is deletedAt plus exactly 2,592,000,000 ms').toBe(iso(T0 + DAY + RETENTION));
    expect([page.total, page.limit, page.offset], 'GET /trash: total, limit, offset').toEqual([3, 20, 0]);
    expect((await trash(api, '?limit=1&offset=2')).items.map((x) => x.id), 'GET /trash?limit=1&offset=2').toEqual([b!.id]);
    for (const query of ['limit=0', 'limit=101', 'offset=-1', 'limit=x']) expectApiError(await api.get(`/trash?${query}`), 400, 'validation_failed');
  });

  it('POST /trash/:id/restore brings the contact back as it was; a contact not in the trash answers 404', async () => {
    const { api, clock } = await start();
    const c = await create(api, anna);
    clock.advance(DAY);
    await moveToTrash(api, c.id);
    clock.advance(DAY);
    const res = await api.post(`/trash/${c.id}/restore`);
    expect(expectContact(res), `${res.request}: the contact, updatedAt unchanged`).toEqual(c);
    expect(expectContact(await api.get(`/contacts/${c.id}`)), 'GET /contacts/:id after the restore').toEqual(c);
    expect((await list(api)).total, 'GET /contacts: total after the restore').toBe(1);
    expect(await stats(api), 'GET /stats after the restore').toEqual({ contacts: 1, trash: 0 });
    expect((await trash(api)).items, 'GET /trash after the restore').toEqual([]);
    expectApiError(await api.post(`/trash/${c.id}/restore`), 404, 'not_found');
    expectApiError(await api.post('/trash/999/restore'), 404, 'not_found');
    expectApiError(await api.post('/trash/abc/restore'), 404, 'not_found');
  });

  it('the email of a contact in the trash is free; restoring it while a live contact has that email answers 409 and it stays in the trash', async () => {
    const { api } = await start();
    const old = await create(api, anna);
    await moveToTrash(api, old.id);
    const fresh = await create(api, { name: 'New Anna', email: 'ANNA.berg@example.org' });
    expect(fresh.email, 'a new contact may take the email of a contact in the trash').toBe('anna.berg@example.org');
    expectApiError(await api.post(`/trash/${old.id}/restore`), 409, 'email_taken');
    expect((await trash(api)).items.map((x) => x.id), 'GET /trash after a refused restore').toEqual([old.id]);
    await moveToTrash(api, fresh.id);
    expect(expectContact(await api.post(`/trash/${old.id}/restore`)).email, 'restoring once the email is free again').toBe('anna.berg@example.org');
  });

  it('the trash survives a restart', async () => {
    const first = await start();
    const c = await create(first.api, anna);
    await moveToTrash(first.api, c.id);
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect((await trash(second.api)).items.map((x) => x.id), 'GET /trash after a restart').toEqual([c.id]);
    expectApiError(await second.api.get(`/contacts/${c.id}`), 404, 'not_found');
  });
});

describe('Task 5: Purge the trash after thirty days', () => {
  it('a contact is gone the moment its purgeAt comes, before anything purges it: not in /trash or /stats, restore and history answer 404', async () => {
    const { api, clock } = await start();
    const c = await create(api, anna);
    const keep = await create(api, { name: 'Keep' });
    await moveToTrash(api, c.id);
    clock.advance(RETENTION - 1);
    expect((await trash(api)).items.map((x) => x.id), 'GET /trash 1 ms before purgeAt').toEqual([c.id]);
    expect(await stats(api), 'GET /stats 1 ms before purgeAt').toEqual({ contacts: 1, trash: 1 });
    clock.advance(1);
    const page = await trash(api);
    expect([page.items, page.total], 'GET /trash at exactly purgeAt: items and total').toEqual([[], 0]);
    expect(await stats(api), 'GET /stats at exactly purgeAt').toEqual({ contacts: 1, trash: 0 });
    expectApiError(await api.post(`/trash/${c.id}/restore`), 404, 'not_found');
    expectApiError(await api.delete(`/trash/${c.id}`), 404, 'not_found');
    expectApiError(await api.get(`/contacts/${c.id}/history`), 404, 'not_found');
    expect(expectContact(await api.get(`/contacts/${keep.id}`)).name, 'a live contact is never purged').toBe('Keep');
  });

  it('a contact restored one millisecond before its purgeAt is saved', async () => {
    const { api, clock } = await start();
    const c = await create(api, anna);
    await moveToTrash(api, c.id);
    clock.advance(RETENTION - 1);
    expect(expectContact(await api.post(`/trash/${c.id}/restore`)).id, 'POST /trash/:id/restore 1 ms before purgeAt').toBe(c.id);
    clock.advance(10 * RETENTION);
    expect(expectContact(await api.get(`/contacts/${c.id}`)).name, 'a restored contact is live for good').toBe('Anna Berg');
  });

  it('POST /trash/purge deletes every contact whose purgeAt has come, and every trace of it, and answers { purged }', async () => {
    const { api, clock, dbFile } = await start();
    const old1 = await create(api, { name: 'Olga Oldname', email: 'olga.old@example.org', phone: '555-0101' });
    const old2 = await create(api, { name: 'Otto Oldname', email: 'otto.old@example.org' });
    const recent = await create(api, { name: 'Rita Recent', email: 'rita@example.org' });
    const live = await create(api, { name: 'Lars Live', email: 'lars@example.org' });
    await api.patch(`/contacts/${old1.id}`, { json: { phone: '555-0199' } });
    await moveToTrash(api, old1.id);
    await moveToTrash(api, old2.id);
    clock.advance(10 * DAY);
    await moveToTrash(api, recent.id);
    clock.advance(RETENTION - 10 * DAY);
    const res = await api.post('/trash/purge');
    expectStatus(res, 200);
    expect(res.json, `${res.request}: the two contacts deleted 30 days ago`).toEqual({ purged: 2 });
    expect((await trash(api)).items.map((x) => x.id), 'GET /trash after the purge keeps the recent deletion').toEqual([recent.id]);
    expect(expectContact(await api.get(`/contacts/${live.id}`)).id, 'a live contact stays').toBe(live.id);
    const again = await api.post('/trash/purge');
    expect(again.json, `${again.request} a second time`).toEqual({ purged: 0 });
    await api.close();
    expect(tracesOf(dbFile, ['Olga Oldname', 'olga.old@example.org', '555-0101', '555-0199', 'Otto Oldname', 'otto.old@example.org']), 'tables and columns still holding a purged contact\'s name, email or phone (history included)').toEqual([]);
    expect(tracesOf(dbFile, ['rita@example.org']).length, 'the contact still in the trash is still stored').toBeGreaterThan(0);
  });

  it('DELETE /trash/:id purges one contact of the trash at once; live and unknown contacts answer 404', async () => {
    const { api, dbFile } = await start();
    const c = await create(api, { name: 'Pia Purge', email: 'pia.purge@example.org', phone: '999-4242' });
    const live = await create(api, { name: 'Live' });
    await api.patch(`/contacts/${c.id}`, { json: { name: 'Pia Purged' } });
    await moveToTrash(api, c.id);
    expectApiError(await api.delete(`/trash/${live.id}`), 404, 'not_found');
    expectApiError(await api.delete('/trash/999'), 404, 'not_found');
    expectStatus(await api.delete(`/trash/${c.id}`), 204);
    expect((await trash(api)).total, 'GET /trash after DELETE /trash/:id').toBe(0);
    expectApiError(await api.post(`/trash/${c.id}/restore`), 404, 'not_found');
    expectApiError(await api.delete(`/trash/${c.id}`), 404, 'not_found');
    expect(expectContact(await api.get(`/contacts/${live.id}`)).name, 'the live contact').toBe('Live');
    await api.close();
    expect(tracesOf(dbFile, ['Pia Purge', 'pia.purge@example.org', '999-4242']), 'tables and columns still holding the purged contact\'s name, email or phone').toEqual([]);
  });
});

describe('Task 6: Keep a complete history', () => {
  it('GET /contacts/:id/history tells every change as in the spec: created, updated with a diff, deleted, restored', async () => {
    const { api, clock } = await start();
    const c = await create(api, anna);
    clock.advance(3 * HOUR);
    await api.patch(`/contacts/${c.id}`, { json: { phone: null, name: 'Anna Lind' } });
    clock.advance(DAY - 2 * HOUR);
    await moveToTrash(api, c.id);
    clock.advance(DAY - 2 * HOUR);
    expectStatus(await api.post(`/trash/${c.id}/restore`), 200);
    expect(await history(api, c.id), `GET /contacts/${c.id}/history`).toEqual([
      { action: 'created', at: START, changes: { name: { from: null, to: 'Anna Berg' }, email: { from: null, to: 'anna.berg@example.org' }, phone: { from: null, to: '+46 70 123 45 67' } } },
      { action: 'updated', at: iso(T0 + 3 * HOUR), changes: { name: { from: 'Anna Berg', to: 'Anna Lind' }, phone: { from: '+46 70 123 45 67', to: null } } },
      { action: 'deleted', at: iso(T0 + DAY + HOUR), changes: {} },
      { action: 'restored', at: iso(T0 + 2 * DAY - HOUR), changes: {} },
    ]);
  });

  it('created lists only the fields that are not null; updated lists exactly the fields whose stored value changed', async () => {
    const { api, clock } = await start();
    const c = await create(api, { name: 'Solo', phone: null });
    clock.advance(HOUR);
    await api.patch(`/contacts/${c.id}`, { json: { name: 'Solo', email: ' SOLO@Example.org', phone: null } });
    clock.advance(HOUR);
    await api.patch(`/contacts/${c.id}`, { json: { name: 'Solo', email: 'solo@example.org', phone: '1' } });
    expect(await history(api, c.id), `GET /contacts/${c.id}/history`).toEqual([
      { action: 'created', at: START, changes: { name: { from: null, to: 'Solo' } } },
      { action: 'updated', at: iso(T0 + HOUR), changes: { email: { from: null, to: 'solo@example.org' } } },
      { action: 'updated', at: iso(T0 + 2 * HOUR), changes: { phone: { from: null, to: '1' } } },
    ]);
  });

  it('an edit that changes nothing and every refused request add no entry', async () => {
    const { api, clock } = await start();
    const c = await create(api, anna);
    const other = await create(api, { name: 'Other', email: 'other@example.org' });
    clock.advance(HOUR);
    await api.patch(`/contacts/${c.id}`, { json: { name: 'Anna Berg', email: 'ANNA.BERG@EXAMPLE.ORG' } });
    await api.patch(`/contacts/${c.id}`, { json: { email: 'other@example.org', name: 'Changed' } });
    await api.patch(`/contacts/${c.id}`, { json: { email: 'bad' } });
    await api.patch(`/contacts/${c.id}`, { json: {} });
    await api.post(`/trash/${c.id}/restore`);
    await moveToTrash(api, other.id);
    await create(api, { name: 'Taker', email: 'other@example.org' });
    expectApiError(await api.post(`/trash/${other.id}/restore`), 409, 'email_taken');
    expect((await history(api, c.id)).map((e) => e.action), `GET /contacts/${c.id}/history after a no-op edit and refused requests`).toEqual(['created']);
    expect((await history(api, other.id)).map((e) => e.action), `GET /contacts/${other.id}/history after a refused restore`).toEqual(['created', 'deleted']);
  });

  it('the history answers for contacts in the trash, 404 for unknown or purged ones, and survives a restart', async () => {
    const { api, dbFile } = await start();
    const c = await create(api, anna);
    await moveToTrash(api, c.id);
    expect((await history(api, c.id)).map((e) => e.action), 'GET history of a contact in the trash').toEqual(['created', 'deleted']);
    expectApiError(await api.get('/contacts/999/history'), 404, 'not_found');
    expectApiError(await api.get('/contacts/abc/history'), 404, 'not_found');
    await api.close();
    const again = await start({ dbFile });
    expect((await history(again.api, c.id)).map((e) => e.action), 'GET history after a restart').toEqual(['created', 'deleted']);
    expectStatus(await again.api.delete(`/trash/${c.id}`), 204);
    expectApiError(await again.api.get(`/contacts/${c.id}/history`), 404, 'not_found');
  });

  it('wrong methods answer 405 with Allow, unknown paths 404, and hostile input never gets a 5xx', async () => {
    const { api } = await start();
    const live = await create(api, anna);
    const gone = await create(api, { name: 'In the trash', email: 'trash@example.org' });
    await moveToTrash(api, gone.id);
    expectAllow(await api.put(`/contacts/${live.id}`, { json: { name: 'x' } }), ['GET', 'PATCH', 'DELETE']);
    expectAllow(await api.delete('/contacts'), ['GET', 'POST']);
    expectAllow(await api.get('/trash/purge'), ['POST']);
    expectAllow(await api.get(`/trash/${gone.id}/restore`), ['POST']);
    expectAllow(await api.post(`/contacts/${live.id}/history`), ['GET']);
    expectAllow(await api.delete('/stats'), ['GET']);
    expectAllow(await api.post('/trash'), ['GET']);
    expectAllow(await api.get(`/trash/${gone.id}`), ['DELETE']);
    expectApiError(await api.get('/nothing-here'), 404, 'not_found');
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/contacts', body: { name: 'Probe', email: 'probe@example.org', phone: '1' } },
        { method: 'GET', path: '/contacts', query: ['q', 'limit', 'offset'] },
        { method: 'GET', path: '/contacts/:id' },
        { method: 'PATCH', path: '/contacts/:id', body: { name: 'Probe', email: 'probe2@example.org', phone: '2' } },
        { method: 'GET', path: '/contacts/:id/history' },
        { method: 'GET', path: '/stats' },
        { method: 'GET', path: '/trash', query: ['limit', 'offset'] },
        { method: 'POST', path: '/trash/:trashed/restore' },
        { method: 'POST', path: '/trash/purge' },
        { method: 'DELETE', path: '/trash/:trashed' },
        { method: 'DELETE', path: '/contacts/:id' },
      ],
      { params: { id: String(live.id), trashed: String(gone.id) } },
    );
  });
});
