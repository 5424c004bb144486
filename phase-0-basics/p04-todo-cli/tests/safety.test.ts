// Hidden suite for p04, tasks 4 to 6: nothing a user saved is ever lost. Damaged files are
// kept and copied, saves are atomic (checked through the io.fs hook the spec documents), and
// concurrent runs all land. Every file lives in a tempDir(); no check sleeps for real.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { OTHER_ZONES, withTimeZone } from '#testkit';
import { describe, expect, it } from 'vitest';
import { dataOf, expectFailure, expectOk, home, loadStore, NOW, scriptedPrompts, systemError, textOf, todo, type Home } from './helpers.js';

const BACKUP = '.todo.json.corrupt-20260115T120000Z';
const LOCK = '.todo.json.lock';

const threeTodos = () => dataOf([todo(1, 'Buy milk'), todo(2, 'Call mum', { priority: 'high' }), todo(3, 'Water plants', { done: true, doneAt: NOW })]);

function seeded(): Home {
  const h = home();
  h.seed(threeTodos());
  return h;
}

type AnyFn = (...args: unknown[]) => Promise<unknown>;

describe('Task 4: Corrupted data files', () => {
  it('a data file that is not JSON is kept as it is, copied aside, and reported (exit 1)', async () => {
    const h = home();
    const damaged = '{\n  "nextId": 3,\n  "todos": [\n    { "id": 1, "text": "Buy mi';
    h.seed(damaged);
    const result = await h.run(['add', 'Call mum']);
    expectFailure(result);
    expect(result.stderr, `${result.label}: stderr should name the data file`).toContain(h.file);
    expect(h.raw(), `${result.label}: the damaged data file must stay exactly as it was`).toBe(damaged);
    expect(h.names(), `${result.label}: files in HOME (the data file and its copy, nothing else)`).toEqual(['.todo.json', BACKUP]);
    expect(readFileSync(path.join(h.dir, BACKUP), 'utf8'), `${result.label}: the copy ${BACKUP}`).toBe(damaged);
    expect(result.stderr, `${result.label}: stderr should say where the copy is`).toContain(path.join(h.dir, BACKUP));
  });

  it('the copy\'s stamp is the UTC time, also where the local day and hour differ', async () => {
    // 20:00 UTC is already the next day in Kolkata and Sydney; 03:00 UTC is the day before in New York.
    const instants: Record<string, [string, string]> = {
      'Asia/Kolkata': ['2026-01-15T20:00:00.000Z', '20260115T200000Z'],
      'Australia/Sydney': ['2026-01-15T14:00:00.000Z', '20260115T140000Z'],
      'America/New_York': ['2026-01-16T03:00:00.500Z', '20260116T030000Z'],
    };
    for (const zone of OTHER_ZONES) {
      await withTimeZone(zone, async () => {
        const [now, stamp] = instants[zone]!;
        const h = home();
        h.clock.set(now);
        h.seed('not json');
        const result = await h.run(['list']);
        const label = `${result.label} with a data file holding "not json" at ${now} with TZ=${zone}`;
        expectFailure(result);
        expect(h.names(), `${label}: files in HOME (the copy is stamped with the UTC time ${stamp})`).toEqual(['.todo.json', `.todo.json.corrupt-${stamp}`]);
      });
    }
  });

  it('valid JSON that is not a todo list is corrupt too', async () => {
    const good = todo(1, 'Buy milk');
    const cases: Array<[string, unknown]> = [
      ['an array', []],
      ['null', null],
      ['a string', 'todos'],
      ['no nextId', { todos: [good] }],
      ['no todos', { nextId: 2 }],
      ['todos not an array', { nextId: 2, todos: {} }],
      ['an id that is a string', { nextId: 2, todos: [{ ...good, id: '1' }] }],
      ['an id of 0', { nextId: 2, todos: [{ ...good, id: 0 }] }],
      ['an id of 1.5', { nextId: 2, todos: [{ ...good, id: 1.5 }] }],
      ['a nextId of 0', { nextId: 0, todos: [] }],
      ['text missing', { nextId: 2, todos: [{ ...good, text: undefined }] }],
      ['done "yes"', { nextId: 2, todos: [{ ...good, done: 'yes' }] }],
      ['priority "urgent"', { nextId: 2, todos: [{ ...good, priority: 'urgent' }] }],
      ['due "15/01/2026"', { nextId: 2, todos: [{ ...good, due: '15/01/2026' }] }],
      ['due "2026-01-15T10:00"', { nextId: 2, todos: [{ ...good, due: '2026-01-15T10:00' }] }],
      ['due "on 2026-01-15"', { nextId: 2, todos: [{ ...good, due: 'on 2026-01-15' }] }],
      ['createdAt missing', { nextId: 2, todos: [{ ...good, createdAt: undefined }] }],
      ['doneAt 5', { nextId: 2, todos: [{ ...good, doneAt: 5 }] }],
      ['a todo that is a string', { nextId: 2, todos: ['Buy milk'] }],
      ['two todos with id 1', { nextId: 3, todos: [good, { ...good, text: 'Call mum' }] }],
    ];
    for (const [what, content] of cases) {
      const h = home();
      h.seed(`${JSON.stringify(content)}\n`);
      const before = h.raw();
      const result = await h.run(['list']);
      expect(result.code, `todo list with a data file holding ${what}: exit code`).toBe(1);
      expect(result.stdout, `todo list with a data file holding ${what}: stdout`).toBe('');
      expect(h.raw(), `the data file holding ${what} must stay as it was`).toBe(before);
    }
  });

  it('no command writes over a corrupt data file', async () => {
    const h = home();
    const damaged = '{"nextId": 2, "todos": [{"id": 1, "text": "Buy milk", "done": fal';
    h.seed(damaged);
    const runs = [['add', 'x'], ['done', '1'], ['undo', '1'], ['edit', '1', 'y'], ['remove', '1'], ['list'], ['list', '--all']];
    for (const argv of runs) {
      const result = await h.run(argv);
      expectFailure(result);
      expect(h.raw(), `${result.label}: the damaged data file must stay exactly as it was`).toBe(damaged);
    }
    const { prompts } = scriptedPrompts(['add', 'x', 'medium', '', 'quit']);
    const interactive = await h.run(['interactive'], { io: { prompts } });
    expect(interactive.code, 'todo interactive with a damaged data file: exit code').toBe(1);
    expect(interactive.stderr, 'todo interactive with a damaged data file: stderr should name the copy of the same second').toContain(path.join(h.dir, BACKUP));
    expect(h.raw(), 'todo interactive: the damaged data file must stay exactly as it was').toBe(damaged);
    expect(h.names(), 'files in HOME: the data file and one copy (made at the same second)').toEqual(['.todo.json', BACKUP]);
  });

  it('when the copy cannot be made, the message names no copy and the file still stays', async () => {
    const h = home();
    const damaged = '{"nextId": 2, "todos": [';
    h.seed(damaged);
    const fs = {
      ...fsp,
      copyFile: async () => {
        throw systemError('EIO', 'i/o error, copyfile');
      },
    };
    const result = await h.run(['add', 'x'], { io: { fs } });
    expectFailure(result);
    expect(result.stderr, `${result.label} when copyFile fails: stderr should name the data file`).toContain(h.file);
    expect(result.stderr, `${result.label} when copyFile fails: stderr must not point to a copy`).not.toContain('.corrupt-');
    expect(h.raw(), `${result.label} when copyFile fails: the data file`).toBe(damaged);
    expect(h.names(), `${result.label} when copyFile fails: files in HOME`).toEqual(['.todo.json']);
  });

  it('loadTodos: a missing file is an empty list, a damaged one throws CorruptFileError', async () => {
    const { loadTodos, CorruptFileError } = await loadStore();
    const h = home();
    expect(await loadTodos(h.file), 'loadTodos(a file that does not exist)').toEqual({ nextId: 1, todos: [] });
    h.seed(threeTodos());
    expect(await loadTodos(h.file), 'loadTodos(a valid data file)').toEqual(threeTodos());
    h.seed('{"nextId": 1, "todos": [');
    const error = await loadTodos(h.file).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error, 'loadTodos(a file holding {"nextId": 1, "todos": [) should reject with a CorruptFileError').toBeInstanceOf(CorruptFileError);
    expect(h.names(), 'loadTodos should not write anything').toEqual(['.todo.json']);
  });

  it('a data file that cannot be read (a folder) fails with exit 1 and stays', async () => {
    const h = home();
    mkdirSync(h.file);
    writeFileSync(path.join(h.file, 'keep.txt'), 'mine');
    for (const argv of [['list'], ['add', 'Buy milk'], ['done', '1']]) {
      const result = await h.run(argv);
      expectFailure(result);
      expect(result.stderr, `${result.label}: stderr should name the data file`).toContain(h.file);
      expect(statSync(h.file).isDirectory(), `${result.label}: the folder at the data file's path must stay`).toBe(true);
    }
    expect(readFileSync(path.join(h.file, 'keep.txt'), 'utf8'), 'a file inside that folder').toBe('mine');
  });

  it('a data file in a folder that does not exist fails with exit 1 and creates nothing', async () => {
    const h = home();
    const result = await h.run(['add', 'Buy milk', '--file', 'nowhere/todo.json']);
    expectFailure(result);
    expect(result.stderr, `${result.label}: stderr should name the path`).toContain(path.join(h.dir, 'nowhere'));
    expect(result.stderr, `${result.label}: stderr should give the error's message`).toContain('ENOENT');
    expect(h.names(), `${result.label}: files in the working folder`).toEqual([]);
  });
});

describe('Task 5: Atomic saves', () => {
  it('saveTodos writes the documented JSON and loadTodos reads it back', async () => {
    const { loadTodos, saveTodos } = await loadStore();
    const h = home();
    const data = dataOf([todo(1, 'Café ☕'), todo(4, 'Pay rent', { priority: 'high', due: '2026-01-20' })], 7);
    await saveTodos(h.file, data);
    expect(JSON.parse(readFileSync(h.file, 'utf8')), 'the file written by saveTodos, parsed').toEqual(data);
    expect(await loadTodos(h.file), 'loadTodos after saveTodos').toEqual(data);
    expect(h.names(), 'files in the folder after saveTodos (no temp file left)').toEqual(['.todo.json']);
  });

  it('saves replace the data file with a new one (rename), never rewrite it in place', async () => {
    const { saveTodos } = await loadStore();
    const h = seeded();
    const first = h.inode();
    expectOk(await h.run(['add', 'Read a book']));
    const second = h.inode();
    expect(second, 'the data file after todo add should be a new file (a new inode), renamed over the old one').not.toBe(first);
    await saveTodos(h.file, threeTodos());
    expect(h.inode(), 'the data file after saveTodos should be a new file (a new inode)').not.toBe(second);
    expect(h.names(), 'files in HOME after the saves (no temp or lock file left)').toEqual(['.todo.json']);
  });

  it('until the rename, the data file holds the whole old list and a temp file beside it the whole new one', async () => {
    const h = seeded();
    const before = h.raw();
    const seen: Array<{ from: string; old: string | undefined; temp: string; lock: string | undefined }> = [];
    const fs = {
      ...fsp,
      rename: async (from: string, to: string) => {
        if (path.resolve(String(to)) === h.file) {
          const lock = path.join(h.dir, LOCK);
          seen.push({ from: String(from), old: h.raw(), temp: readFileSync(from, 'utf8'), lock: existsSync(lock) ? readFileSync(lock, 'utf8') : undefined });
        }
        return fsp.rename(from, to);
      },
    };
    const result = await h.run(['add', 'Read a book'], { io: { fs } });
    expectOk(result);
    expect(seen.length, `${result.label}: renames onto the data file through io.fs`).toBe(1);
    const [moment] = seen;
    expect(moment!.old, 'the data file just before the rename: still the whole old list').toBe(before);
    expect(path.dirname(path.resolve(moment!.from)), 'the temp file should be in the data file\'s folder').toBe(h.dir);
    expect(JSON.parse(moment!.temp), 'the temp file just before the rename: the whole new list').toEqual(
      dataOf([...threeTodos().todos, todo(4, 'Read a book', { createdAt: NOW })]),
    );
    expect(moment!.lock, `${LOCK} while the save runs`).toBeDefined();
    expect(JSON.parse(moment!.lock!), `${LOCK} holds when it was taken`).toMatchObject({ createdAt: NOW });
  });

  it('when writing the new list fails (disk full), the old list stays and nothing is left behind', async () => {
    const h = seeded();
    const before = h.raw();
    const fs = {
      ...fsp,
      writeFile: async (...args: unknown[]) => {
        if (textOf(args[1]).includes('Read a book')) throw systemError('ENOSPC', 'no space left on device, write');
        return (fsp.writeFile as AnyFn)(...args);
      },
    };
    const result = await h.run(['add', 'Read a book'], { io: { fs } });
    expectFailure(result);
    expect(result.stderr, `${result.label} with a full disk: stderr should name the data file`).toContain(h.file);
    expect(result.stderr, `${result.label} with a full disk: stderr should give the reason`).toContain('no space left on device');
    expect(h.raw(), `${result.label} with a full disk: the data file`).toBe(before);
    expect(h.names(), `${result.label} with a full disk: no temp or lock file left`).toEqual(['.todo.json']);
    const retry = await h.run(['add', 'Read a book']);
    expect(retry.stdout, `${retry.label} once the disk has room again`).toBe('Added #4: Read a book\n');
  });

  it('when the rename fails, the old list stays and the temp file is removed', async () => {
    const h = seeded();
    const before = h.raw();
    const fs = {
      ...fsp,
      rename: async (from: string, to: string) => {
        if (path.resolve(String(to)) === h.file) throw systemError('EIO', 'i/o error, rename');
        return fsp.rename(from, to);
      },
    };
    for (const argv of [['add', 'Read a book'], ['done', '1'], ['remove', '2']]) {
      const result = await h.run(argv, { io: { fs } });
      expectFailure(result);
      expect(h.raw(), `${result.label} when the rename fails: the data file`).toBe(before);
      expect(h.names(), `${result.label} when the rename fails: no temp or lock file left`).toEqual(['.todo.json']);
    }
    expectOk(await h.run(['done', '1']));
    expect(h.data().todos[0]?.done, 'todo done 1 once renames work again').toBe(true);
  });

  it('temp files left by a crashed save are ignored', async () => {
    const h = seeded();
    const leftovers = ['.todo.json.tmp', '.todo.json.3f9a1c.tmp', '.todo.json.tmp-4242'];
    for (const name of leftovers) writeFileSync(path.join(h.dir, name), '{\n  "nextId": 9,\n  "todos": [\n    { "id": 8, "te');
    const listed = await h.run(['list', '--all']);
    expectOk(listed);
    expect(listed.stdout, `${listed.label} beside leftover temp files`).toBe('#2 [ ] Call mum  !high\n#1 [ ] Buy milk\n#3 [x] Water plants\n');
    const added = await h.run(['add', 'Read a book']);
    expect(added.stdout, `${added.label} beside leftover temp files`).toBe('Added #4: Read a book\n');
    expect(h.data().todos.map((t) => t.id), 'ids in the data file').toEqual([1, 2, 3, 4]);
  });

  it('saveTodos into a folder that does not exist rejects and creates nothing', async () => {
    const { saveTodos } = await loadStore();
    const h = home();
    const file = path.join(h.dir, 'missing', 'todo.json');
    const error = await saveTodos(file, threeTodos()).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error, `saveTodos(${JSON.stringify(file)}) should reject`).toBeInstanceOf(Error);
    expect(h.names(), 'the folder after the failed save').toEqual([]);
  });
});

describe('Task 6: Concurrent runs', () => {
  it('ten adds at the same time all land, with ids 1 to 10', async () => {
    const h = home();
    const texts = Array.from({ length: 10 }, (_, i) => `Task ${i + 1}`);
    const results = await Promise.all(texts.map((text) => h.run(['add', text])));
    for (const result of results) expectOk(result);
    const { todos, nextId } = h.data();
    expect(todos.map((t) => t.text).sort(), 'texts in the data file after 10 concurrent adds').toEqual([...texts].sort());
    expect(todos.map((t) => t.id).sort((a, b) => a - b), 'ids after 10 concurrent adds').toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(nextId, 'nextId after 10 concurrent adds').toBe(11);
    const printed = results.map((r) => /^Added #(\d+): (.*)\n$/.exec(r.stdout)?.slice(1)).map((m) => `${m?.[0]}:${m?.[1]}`);
    expect(printed.sort(), 'each add printed the id it got').toEqual(todos.map((t) => `${t.id}:${t.text}`).sort());
    expect(h.names(), 'files in HOME afterwards (no lock or temp file left)').toEqual(['.todo.json']);
  });

  it('different changes at the same time all land', async () => {
    const h = home();
    h.seed(dataOf([todo(1, 'a'), todo(2, 'b'), todo(3, 'c'), todo(4, 'd'), todo(5, 'e', { done: true, doneAt: NOW })]));
    const runs = [['done', '1'], ['add', 'f'], ['remove', '3'], ['edit', '4', 'D', '-p', 'high'], ['undo', '5'], ['add', 'g'], ['done', '2']];
    const results = await Promise.all(runs.map((argv) => h.run(argv)));
    for (const result of results) expectOk(result);
    const byId = Object.fromEntries(h.data().todos.map((t) => [t.id, t]));
    expect(Object.keys(byId).map(Number).sort(), 'ids after the concurrent changes').toEqual([1, 2, 4, 5, 6, 7]);
    expect([byId[1]?.done, byId[2]?.done, byId[5]?.done], 'done of #1, #2 (done) and #5 (undone)').toEqual([true, true, false]);
    expect([byId[4]?.text, byId[4]?.priority], 'text and priority of #4 after the edit').toEqual(['D', 'high']);
    expect([byId[6]?.text, byId[7]?.text].sort(), 'the two added todos').toEqual(['f', 'g']);
  });

  it('waits for a lock another run holds and goes on once it is released', async () => {
    const h = seeded();
    const lock = path.join(h.dir, LOCK);
    writeFileSync(lock, JSON.stringify({ createdAt: NOW }));
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      // The other run finishes while we wait.
      if (waits.length === 2) await fsp.rm(lock);
    };
    const result = await h.run(['add', 'Read a book'], { io: { sleep } });
    expectOk(result);
    expect(waits.length, `${result.label} while another run holds the lock: io.sleep calls`).toBe(2);
    expect(waits[0], 'milliseconds per wait').toBe(25);
    expect(h.data().todos.length, 'todos after the add').toBe(4);
    expect(h.names(), 'files in HOME afterwards').toEqual(['.todo.json']);
  });

  it('gives up after about 2 seconds of waiting: exit 1, the lock and the list untouched', async () => {
    // Exactly 10 seconds old is not stale yet; an empty lock is one whose owner is still writing it.
    for (const content of [JSON.stringify({ createdAt: '2026-01-15T11:59:50.000Z' }), '']) {
      const h = seeded();
      const before = h.raw();
      const lock = path.join(h.dir, LOCK);
      writeFileSync(lock, content);
      const waits: number[] = [];
      const sleep = async (ms: number) => void waits.push(ms);
      const label = `todo add while ${LOCK} holds ${JSON.stringify(content)}`;
      const result = await h.run(['add', 'Read a book'], { io: { sleep } });
      expectFailure(result);
      expect(result.stderr, `${label}: stderr should name the lock file`).toContain(lock);
      expect(waits.length, `${label}: waits (io.sleep calls) before giving up`).toBe(80);
      expect(new Set(waits), `${label}: milliseconds per wait`).toEqual(new Set([25]));
      expect(h.raw(), `${label}: the data file`).toBe(before);
      expect(readFileSync(lock, 'utf8'), `${label}: a lock that is not ours must stay`).toBe(content);
    }
  });

  it('a lock that is gone by the time it is looked at is taken at once, without waiting', async () => {
    const h = seeded();
    let refused = 0;
    const fs = {
      ...fsp,
      writeFile: async (...args: unknown[]) => {
        const options = args[2] as { flag?: string } | undefined;
        // The first try to create the lock meets another run's lock, released right after.
        if (options?.flag === 'wx' && refused === 0) {
          refused += 1;
          throw systemError('EEXIST', `file already exists, open '${String(args[0])}'`);
        }
        return (fsp.writeFile as AnyFn)(...args);
      },
    };
    const waits: number[] = [];
    const result = await h.run(['add', 'Read a book'], { io: { fs, sleep: async (ms: number) => void waits.push(ms) } });
    expectOk(result);
    expect(refused, `${result.label}: lock creations refused with EEXIST`).toBe(1);
    expect(waits, `${result.label}: a lock that is gone needs no waiting`).toEqual([]);
    expect(h.data().todos.length, `${result.label}: todos`).toBe(4);
  });

  it('a lock older than 10 seconds was left by a crash: it is taken over', async () => {
    const h = seeded();
    const lock = path.join(h.dir, LOCK);
    writeFileSync(lock, JSON.stringify({ createdAt: '2026-01-15T11:59:49.999Z' }));
    const waits: number[] = [];
    const result = await h.run(['add', 'Read a book'], { io: { sleep: async (ms: number) => void waits.push(ms) } });
    expectOk(result);
    expect(h.data().todos.length, `${result.label} with a lock from 10.001 s ago: todos`).toBe(4);
    expect(h.names(), 'files in HOME afterwards (the stale lock is gone)').toEqual(['.todo.json']);
    expect(waits, 'a stale lock needs no waiting').toEqual([]);
  });

  it('a lock that cannot be read (a folder) fails with exit 1 and changes nothing', async () => {
    const h = seeded();
    const before = h.raw();
    mkdirSync(path.join(h.dir, LOCK));
    const result = await h.run(['add', 'Read a book'], { io: { sleep: async () => undefined } });
    expectFailure(result);
    expect(h.raw(), `${result.label} while ${LOCK} is a folder: the data file`).toBe(before);
    expect(statSync(path.join(h.dir, LOCK)).isDirectory(), `${result.label}: the folder ${LOCK} must stay`).toBe(true);
  });

  it('list reads without the lock: it works while another run holds it', async () => {
    const h = seeded();
    writeFileSync(path.join(h.dir, LOCK), JSON.stringify({ createdAt: NOW }));
    const waits: number[] = [];
    const result = await h.run(['list'], { io: { sleep: async (ms: number) => void waits.push(ms) } });
    expectOk(result);
    expect(result.stdout, `${result.label} while the lock is held`).toBe('#2 [ ] Call mum  !high\n#1 [ ] Buy milk\n');
    expect(waits, `${result.label} should not wait`).toEqual([]);
  });
});
