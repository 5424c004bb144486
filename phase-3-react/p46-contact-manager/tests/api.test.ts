// p46's API checks: the contacts API of the Interface over HTTP, with the shared rules enforced by
// the server whatever the page does.
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectStatus, findRow, hasText, load, serve, tempDbFile, tryInsertCopy, withRawDb } from '#testkit';
import { START, addContact, detailFields, expectContact, listContacts, start, type ContactJson } from './helpers.js';

const ANN = { name: 'Ann Lee', email: 'ann@example.com' };

describe('Task 1: The contacts API with the shared rules', () => {
  it('POST /api/contacts answers 201 with Location and the contact (name and email trimmed, email as typed, phone trimmed, notes ""); GET lists and finds it', async () => {
    const { api, dbFile } = await start();
    expect(await listContacts(api), 'GET /api/contacts on a fresh database').toEqual([]);
    const res = await api.post('/api/contacts', { json: { name: '  Ann Lee ', email: ' Ann@Example.com', phone: ' +44 20 7946 0958 ' } });
    const ann = expectContact(res, 201);
    expect(ann, res.request).toEqual({ id: ann.id, name: 'Ann Lee', email: 'Ann@Example.com', phone: '+44 20 7946 0958', notes: '', createdAt: START, updatedAt: START });
    expect(res.headers.get('location'), `${res.request}: Location`).toBe(`/api/contacts/${ann.id}`);
    expect(expectContact(await api.get(`/api/contacts/${ann.id}`)), `GET /api/contacts/${ann.id}`).toEqual(ann);
    expect(await listContacts(api), 'GET /api/contacts').toEqual([ann]);
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('phone: absent, null, "" and spaces mean none (null); notes are kept exactly as sent, markup and spaces too', async () => {
    const { api } = await start();
    const bodies = [
      { name: 'No phone', email: 'a@example.com' },
      { name: 'Null phone', email: 'b@example.com', phone: null },
      { name: 'Empty phone', email: 'c@example.com', phone: '' },
      { name: 'Blank phone', email: 'd@example.com', phone: '   ' },
    ];
    for (const body of bodies) expect((await addContact(api, body)).phone, `POST /api/contacts ${JSON.stringify(body)}: phone`).toBeNull();
    const notes = '  <b>Alto</b>, sings "on Tuesdays" \n';
    const res = await addContact(api, { name: 'Dot', email: 'dot@example.com', phone: '030-1234567', notes });
    expect([res.phone, res.notes], 'phone "030-1234567" and notes with markup and spaces').toEqual(['030-1234567', notes]);
    expect((await addContact(api, { name: 'x'.repeat(100), email: 'long@example.com', phone: '1234567', notes: 'n'.repeat(1000) })).name.length, 'a 100-character name, 7 digits, 1000 characters of notes').toBe(100);
    expect((await addContact(api, { name: 'Max', email: 'max@example.com', phone: '+123456789012345' })).phone, 'a phone of 15 digits').toBe('+123456789012345');
  });

  it('refuses a missing, blank or too long name and a missing, invalid or too long email with 400 validation_failed naming each field', async () => {
    const { api } = await start();
    expectInvalid(await api.post('/api/contacts', { json: { email: 'ann@example.com' } }), 'name');
    expectInvalid(await api.post('/api/contacts', { json: { name: '   ', email: 'ann@example.com' } }), 'name');
    expectInvalid(await api.post('/api/contacts', { json: { name: 'x'.repeat(101), email: 'ann@example.com' } }), 'name');
    expectInvalid(await api.post('/api/contacts', { json: { name: 'Ann' } }), 'email');
    for (const email of ['', '  ', 'ann', 'ann@', '@example.com', 'ann@@example.com', 'ann lee@example.com', 'ann@exa mple.com', `${'a'.repeat(250)}@example.com`]) {
      expectInvalid(await api.post('/api/contacts', { json: { name: 'Ann', email } }), 'email');
    }
    const both = await api.post('/api/contacts', { json: { name: ' ', email: 'ann' } });
    expectInvalid(both, 'name', 'email');
    expect(detailFields(both).sort(), `${both.request}: details name exactly the fields with a problem`).toEqual(['email', 'name']);
    expect(await listContacts(api), 'GET /api/contacts after the refused creates').toEqual([]);
  });

  it('refuses a phone out of format, notes over 1000 characters, wrong types, unknown fields and a body that is not an object', async () => {
    const { api } = await start();
    for (const phone of ['12345', '1234567890123456', 'call me', '+44 (20) 7946', '12345678x', '44+1234567', 1234567]) {
      expectInvalid(await api.post('/api/contacts', { json: { ...ANN, phone } }), 'phone');
    }
    expectInvalid(await api.post('/api/contacts', { json: { ...ANN, notes: 'n'.repeat(1001) } }), 'notes');
    expectInvalid(await api.post('/api/contacts', { json: { ...ANN, notes: null } }), 'notes');
    expectInvalid(await api.post('/api/contacts', { json: { ...ANN, name: 42 } }), 'name');
    expectInvalid(await api.post('/api/contacts', { json: { ...ANN, email: ['ann@example.com'] } }), 'email');
    const extra = await api.post('/api/contacts', { json: { ...ANN, nickname: 'Annie' } });
    expectInvalid(extra, 'nickname');
    expect(detailFields(extra), `${extra.request}: only the unknown field is named`).toEqual(['nickname']);
    expectApiError(await api.post('/api/contacts', { json: [ANN] }), 400, 'validation_failed');
    expectApiError(await api.post('/api/contacts', { body: 'name=Ann', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expect(await listContacts(api), 'GET /api/contacts after the refused creates').toEqual([]);
  });

  it('GET /api/contacts sorts by name ignoring the case of A-Z, then by id', async () => {
    const { api } = await start();
    const made: ContactJson[] = [];
    for (const name of ['bob', 'Carla', 'Ann', 'alice', 'Bob', 'ann']) made.push(await addContact(api, { name, email: `${name}${made.length}@example.com` }));
    const byName = (name: string, nth = 0) => made.filter((c) => c.name === name)[nth]!.id;
    expect((await listContacts(api)).map((c) => c.id), 'GET /api/contacts after adding bob, Carla, Ann, alice, Bob, ann').toEqual([
      byName('alice'),
      byName('Ann'),
      byName('ann'),
      byName('bob'),
      byName('Bob'),
      byName('Carla'),
    ]);
  });

  it('PUT /api/contacts/:id replaces every field (left-out phone and notes cleared), keeps createdAt and sets updatedAt from the clock', async () => {
    const { api, clock } = await start();
    const ann = await addContact(api, { ...ANN, phone: '030-1234567', notes: 'Alto' });
    const bob = await addContact(api, { name: 'Bob', email: 'bob@example.com' });
    clock.advance(3_600_000);
    const res = await api.put(`/api/contacts/${ann.id}`, { json: { name: ' Ann Lee-Park ', email: ' ann@work.example ' } });
    expect(expectContact(res), res.request).toEqual({ ...ann, name: 'Ann Lee-Park', email: 'ann@work.example', phone: null, notes: '', updatedAt: '2026-09-01T09:00:00.000Z' });
    expect(expectContact(await api.get(`/api/contacts/${ann.id}`)).name, 'GET after the PUT').toBe('Ann Lee-Park');
    expect(expectContact(await api.get(`/api/contacts/${bob.id}`)), 'the other contact after the PUT').toEqual(bob);
    expectInvalid(await api.put(`/api/contacts/${ann.id}`, { json: { name: 'Ann' } }), 'email');
    expectInvalid(await api.put(`/api/contacts/${ann.id}`, { json: { ...ANN, phone: '123' } }), 'phone');
    expectInvalid(await api.put(`/api/contacts/${ann.id}`, { json: { ...ANN, id: 7 } }), 'id');
    expect(expectContact(await api.get(`/api/contacts/${ann.id}`)).email, 'the email after refused PUTs').toBe('ann@work.example');
  });

  it('unknown or malformed ids answer 404 (PUT checks the body first for an id that could exist); DELETE answers 204 and the contact is gone', async () => {
    const { api } = await start();
    const ann = await addContact(api, ANN);
    expectInvalid(await api.put('/api/contacts/999', { json: { name: ' ' , email: 'ann@example.com' } }), 'name');
    expectApiError(await api.put('/api/contacts/999', { json: ANN }), 404, 'not_found');
    expectApiError(await api.put('/api/contacts/abc', { json: { name: ' ' } }), 404, 'not_found');
    expectStatus(await api.delete(`/api/contacts/${ann.id}`), 204);
    expect(await listContacts(api), 'GET /api/contacts after the delete').toEqual([]);
    const bob = await addContact(api, { name: 'Bob', email: 'bob@example.com' });
    for (const id of [`0${bob.id}`, `${bob.id}.0`, `-${bob.id}`, `+${bob.id}`, `${bob.id}x`]) {
      expectApiError(await api.get(`/api/contacts/${id}`), 404, 'not_found');
      expectApiError(await api.delete(`/api/contacts/${id}`), 404, 'not_found');
    }
    expect(expectContact(await api.get(`/api/contacts/${bob.id}`)).name, 'Bob after DELETEs with ids written otherwise').toBe('Bob');
    for (const id of [String(ann.id), '999', 'abc', '0', '-1', '1.5', '01']) {
      expectApiError(await api.get(`/api/contacts/${id}`), 404, 'not_found');
      expectApiError(await api.put(`/api/contacts/${id}`, { json: ANN }), 404, 'not_found');
      expectApiError(await api.delete(`/api/contacts/${id}`), 404, 'not_found');
    }
  });

  it('after app.locals.close(), requests answer 500 internal as JSON, never a 409 or a stack trace', async () => {
    const { createApp } = await load<{ createApp: (options: Record<string, unknown>) => Parameters<typeof serve>[0] & { locals: { close: () => void } } }>('src/app.ts', ['createApp']);
    const app = createApp({ dbFile: tempDbFile(), now: () => new Date(START) });
    const api = await serve(app);
    const ann = await addContact(api, ANN);
    app.locals.close();
    for (const res of [
      await api.get('/api/contacts'),
      await api.post('/api/contacts', { json: { name: 'Bob', email: 'bob@example.com' } }),
      await api.put(`/api/contacts/${ann.id}`, { json: { name: 'Ann', email: 'ann@example.org' } }),
    ]) {
      expectApiError(res, 500, 'internal');
      expect(res.text, `${res.request} after close: no stack trace in the answer`).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
  });

  it('a restart on the same file keeps every contact', async () => {
    const first = await start();
    const a = await addContact(first.api, { ...ANN, phone: '1234567', notes: 'Soprano' });
    const b = await addContact(first.api, { name: 'Bob', email: 'bob@example.com' });
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await listContacts(second.api), 'GET /api/contacts after a restart').toEqual([a, b]);
  });

  it('wrong methods answer 405 with Allow, unknown paths 404 JSON, and hostile input never gets a 5xx', async () => {
    const { api } = await start();
    const ann = await addContact(api, ANN);
    expectAllow(await api.put('/api/contacts', { json: ANN }), ['GET', 'POST']);
    expectAllow(await api.patch(`/api/contacts/${ann.id}`, { json: ANN }), ['GET', 'PUT', 'DELETE']);
    expectApiError(await api.get('/api/nothing'), 404, 'not_found');
    await expectHostileInputRefused(
      api,
      [
        { method: 'GET', path: '/api/contacts' },
        { method: 'POST', path: '/api/contacts', body: { name: 'Probe', email: 'probe@example.com', phone: '1234567', notes: 'n' } },
        { method: 'GET', path: '/api/contacts/:id' },
        { method: 'PUT', path: '/api/contacts/:id', body: { name: 'Probe', email: 'probe2@example.com', phone: '1234567', notes: 'n' } },
        { method: 'DELETE', path: '/api/contacts/:id' },
      ],
      { params: { id: String(ann.id) } },
    );
  });
});

describe('Task 2: One email, one contact, whatever the case', () => {
  it('POST with an email another contact has, in any case, answers 409 email_taken with details on the email field', async () => {
    const { api } = await start();
    await addContact(api, { name: 'Ann Lee', email: 'Ann@Example.com' });
    for (const email of ['Ann@Example.com', 'ann@example.com', ' ANN@EXAMPLE.COM ', 'ann@example.COM']) {
      const res = await api.post('/api/contacts', { json: { name: 'Ann Again', email } });
      expectApiError(res, 409, 'email_taken');
      expect(detailFields(res), `${res.request}: error.details names the email field`).toEqual(['email']);
      const message = (res.json as { error: { details: Array<{ message?: unknown }> } }).error.details[0]?.message;
      expect(typeof message === 'string' && message.trim() !== '', `${res.request}: the email problem has a message for people`).toBe(true);
    }
    expect((await listContacts(api)).map((c) => c.email), 'GET /api/contacts after the refused duplicates').toEqual(['Ann@Example.com']);
    expect((await addContact(api, { name: 'Ann Other', email: 'ann@example.org' })).email, 'another address is fine').toBe('ann@example.org');
  });

  it('PUT with another contact\'s email (any case) answers 409; a contact may keep its own email in another case', async () => {
    const { api } = await start();
    const ann = await addContact(api, { name: 'Ann Lee', email: 'Ann@Example.com' });
    const bob = await addContact(api, { name: 'Bob', email: 'bob@example.com' });
    const res = await api.put(`/api/contacts/${bob.id}`, { json: { name: 'Bob', email: 'ANN@example.com' } });
    expectApiError(res, 409, 'email_taken');
    expect(detailFields(res), `${res.request}: error.details names the email field`).toEqual(['email']);
    expect(expectContact(await api.get(`/api/contacts/${bob.id}`)).email, 'Bob after the refused PUT').toBe('bob@example.com');
    const same = expectContact(await api.put(`/api/contacts/${ann.id}`, { json: { name: 'Ann Lee', email: 'ANN@example.com' } }));
    expect(same.email, 'Ann keeps her own email, now in capitals').toBe('ANN@example.com');
  });

  it('a body with validation problems answers 400 even when its email is taken, and a deleted contact frees its email', async () => {
    const { api } = await start();
    const ann = await addContact(api, ANN);
    expectInvalid(await api.post('/api/contacts', { json: { name: '  ', email: 'ANN@example.com' } }), 'name');
    expectInvalid(await api.post('/api/contacts', { json: { name: 'Ann', email: 'ann@example.com', phone: '1' } }), 'phone');
    expectStatus(await api.delete(`/api/contacts/${ann.id}`), 204);
    expect((await addContact(api, { name: 'Ann Lee', email: 'Ann@example.com' })).email, 'the email of a deleted contact is free').toBe('Ann@example.com');
  });

  it('the database itself refuses a second row whose email differs only in case', async () => {
    const { api, dbFile } = await start();
    await addContact(api, { name: 'Ann Lee', email: 'ann@example.com' });
    await api.close();
    // Every column holding the email (the email, and maybe a lower-cased key beside it), one at a time.
    const columns = withRawDb(dbFile, (db) => Object.entries(findRow(db, hasText('ann@example.com'))?.row ?? {}).filter(([, v]) => v === 'ann@example.com').map(([k]) => k));
    expect(columns.length, 'a column of the database holds "ann@example.com"').toBeGreaterThan(0);
    const answers = columns.map((column) => tryInsertCopy(dbFile, hasText('ann@example.com'), (row) => ({ ...row, [column]: 'ANN@Example.COM' })));
    expect(
      answers.some((code) => code !== null && /SQLITE_CONSTRAINT/.test(code)),
      `rows copied with plain SQL, "ANN@Example.COM" in ${columns.join(' or ')}: SQLite should refuse them (a unique index on lower(email)); it answered ${JSON.stringify(answers)}`,
    ).toBe(true);
  });
});
