// p41's API checks: the todos API of the Interface over HTTP, and the built app served by it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAllow, expectApiError, expectHostileInputRefused, expectInvalid, expectMigrationsApplied, expectStatus, startDbApp, tempDir } from '#testkit';
import { START, addTodo, expectTodo, listTodos, start } from './helpers.js';

describe('Task 1: Serve the todos API', () => {
  it('POST /api/todos answers 201 with Location and the todo (title trimmed, not done); GET /api/todos lists todos by id', async () => {
    const { api, clock, dbFile } = await start();
    expect(await listTodos(api), 'GET /api/todos on a fresh database').toEqual([]);
    const res = await api.post('/api/todos', { json: { title: '  Buy milk ' } });
    const milk = expectTodo(res, 201);
    expect(milk, `${res.request}`).toEqual({ id: milk.id, title: 'Buy milk', done: false, createdAt: START, updatedAt: START });
    expect(res.headers.get('location'), `${res.request}: Location`).toBe(`/api/todos/${milk.id}`);
    clock.advance(60_000);
    const bread = await addTodo(api, '<b>Bread</b> & "jam"');
    expect(bread.title, 'a title is stored as sent (trimmed), markup and all').toBe('<b>Bread</b> & "jam"');
    expect(await listTodos(api), 'GET /api/todos: ascending id').toEqual([milk, bread]);
    await api.close();
    expectMigrationsApplied(dbFile);
  });

  it('refuses blank, too long, missing and wrongly typed titles and unknown fields with 400 validation_failed', async () => {
    const { api } = await start();
    for (const body of [{}, { title: '' }, { title: '   ' }, { title: 'x'.repeat(201) }, { title: 42 }, { title: null }]) expectInvalid(await api.post('/api/todos', { json: body }), 'title');
    expectInvalid(await api.post('/api/todos', { json: { title: 'ok', done: true } }), 'done');
    expectApiError(await api.post('/api/todos', { json: ['Buy milk'] }), 400, 'validation_failed');
    expectApiError(await api.post('/api/todos', { body: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expect((await addTodo(api, 'y'.repeat(200))).title.length, 'a 200-character title').toBe(200);
    expect((await listTodos(api)).length, 'GET /api/todos after the refused creates').toBe(1);
  });

  it('PATCH /api/todos/:id changes title and done (updatedAt from the clock); DELETE answers 204; unknown ids answer 404', async () => {
    const { api, clock } = await start();
    const todo = await addTodo(api, 'Buy milk');
    clock.advance(3_600_000);
    const done = expectTodo(await api.patch(`/api/todos/${todo.id}`, { json: { done: true } }));
    expect(done, 'PATCH { done: true }').toEqual({ ...todo, done: true, updatedAt: '2026-09-01T09:00:00.000Z' });
    const renamed = expectTodo(await api.patch(`/api/todos/${todo.id}`, { json: { title: ' Buy oat milk ', done: false } }));
    expect([renamed.title, renamed.done], 'PATCH { title, done: false }').toEqual(['Buy oat milk', false]);
    for (const body of [{}, { done: 'yes' }, { title: ' ' }, { title: 'x', id: 9 }]) expectApiError(await api.patch(`/api/todos/${todo.id}`, { json: body }), 400, 'validation_failed');
    expectStatus(await api.delete(`/api/todos/${todo.id}`), 204);
    expect(await listTodos(api), 'GET /api/todos after the delete').toEqual([]);
    for (const id of [String(todo.id), '999', 'abc', '0', '-1']) {
      expectApiError(await api.patch(`/api/todos/${id}`, { json: { done: true } }), 404, 'not_found');
      expectApiError(await api.delete(`/api/todos/${id}`), 404, 'not_found');
    }
  });

  it('a restart on the same file keeps every todo', async () => {
    const first = await start();
    const a = await addTodo(first.api, 'Water the plants', true);
    const b = await addTodo(first.api, 'Call Mum');
    await first.api.close();
    const second = await start({ dbFile: first.dbFile });
    expect(await listTodos(second.api), 'GET /api/todos after a restart').toEqual([a, b]);
  });

  it('wrong methods answer 405 with Allow, unknown paths 404 JSON, and hostile input never gets a 5xx', async () => {
    const { api } = await start();
    const todo = await addTodo(api, 'Probe me');
    expectAllow(await api.put('/api/todos', { json: {} }), ['GET', 'POST']);
    expectAllow(await api.get(`/api/todos/${todo.id}`), ['PATCH', 'DELETE']);
    expectApiError(await api.get('/api/nothing'), 404, 'not_found');
    await expectHostileInputRefused(
      api,
      [
        { method: 'GET', path: '/api/todos' },
        { method: 'POST', path: '/api/todos', body: { title: 'Probe' } },
        { method: 'PATCH', path: '/api/todos/:id', body: { title: 'Probe', done: true } },
        { method: 'DELETE', path: '/api/todos/:id' },
      ],
      { params: { id: String(todo.id) } },
    );
  });
});

describe('Task 6: Ship it: the API serves the app', () => {
  /** A stand-in for vite build's output: the suite checks serving, not the app. */
  function fakeDist(): string {
    const dir = path.join(tempDir(), 'dist');
    mkdirSync(path.join(dir, 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Todos</title><div id="root"></div>');
    writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log("app")');
    return dir;
  }

  it('with webDist, / and the app\'s files are served, any other page a browser asks for gets index.html, and /api/ stays JSON', async () => {
    const { api } = await startDbApp({ start: START, extra: { webDist: fakeDist() } });
    const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const home = await api.get('/', { headers: html });
    expectStatus(home, 200);
    expect(home.text, 'GET / serves webDist/index.html').toContain('<div id="root"></div>');
    const asset = await api.get('/assets/app-1234.js');
    expectStatus(asset, 200);
    expect(asset.text, 'GET /assets/app-1234.js serves the file').toContain('console.log("app")');
    const deep = await api.get('/todos/42/edit', { headers: html });
    expectStatus(deep, 200);
    expect(deep.text, 'GET /todos/42/edit (a deep link) serves index.html: the history fallback').toContain('<div id="root"></div>');
    expectApiError(await api.get('/api/nothing', { headers: html }), 404, 'not_found');
    expect((await listTodos(api)).length, 'GET /api/todos still answers JSON').toBe(0);
    expectApiError(await api.post('/todos/42', { json: {} }), 404, 'not_found');
  });

  it('the fallback is for pages only: /api itself, other methods and requests that do not accept HTML get the JSON 404', async () => {
    const { api } = await startDbApp({ start: START, extra: { webDist: fakeDist() } });
    const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    expectApiError(await api.get('/api', { headers: html }), 404, 'not_found');
    expectApiError(await api.get('/todos/42', { headers: { accept: 'application/json' } }), 404, 'not_found');
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      expectApiError(await api.request(method, '/todos/42', { headers: html }), 404, 'not_found');
    }
    expectStatus(await api.get('/todos/42', { headers: html }), 200);
  });
});
