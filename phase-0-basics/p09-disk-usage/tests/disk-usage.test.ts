// Hidden suite for p09 disk-usage: every task of SPEC.md, through its Interface only (humanSize,
// matchGlob, scan, ScanError, main with io.fs). real-cli.test.ts adds checks that run the real
// src/cli.ts. Every file-system check builds its own tree inside tempDir().
import { linkSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '#testkit';
import { describe, expect, it } from 'vitest';
import { ANSI, du, fakeFs, loadGlob, loadScan, loadSize, makeTree, nodeAt, reportLines, sizesOf } from './helpers.js';

/** A tree used by many checks: data (5500) = a (2500, with b 500) + c (3000). */
function sampleTree(): string {
  const base = tempDir();
  makeTree(base, { 'data/a/f.txt': 2000, 'data/a/b/g.txt': 500, 'data/c/h.txt': 3000 });
  return base;
}

describe('Task 1: Human-readable sizes', () => {
  it('keeps sizes below 1024 as whole bytes with B', async () => {
    const { humanSize } = await loadSize();
    for (const [bytes, text] of [[0, '0B'], [1, '1B'], [999, '999B'], [1023, '1023B']] as const) {
      expect(humanSize(bytes), `humanSize(${bytes})`).toBe(text);
    }
  });

  it('uses K, M, G, T, P for powers of 1024, always with one decimal', async () => {
    const { humanSize } = await loadSize();
    const cases = [[1024, '1.0K'], [10240, '10.0K'], [1024 ** 2, '1.0M'], [5 * 1024 ** 3, '5.0G'], [1024 ** 4, '1.0T'], [3 * 1024 ** 5, '3.0P'], [Number.MAX_SAFE_INTEGER, '8.0P']] as const;
    for (const [bytes, text] of cases) {
      expect(humanSize(bytes), `humanSize(${bytes})`).toBe(text);
    }
  });

  it('rounds to one decimal, halves up', async () => {
    const { humanSize } = await loadSize();
    const cases = [[1536, '1.5K'], [1075, '1.0K'], [1126, '1.1K'], [1177, '1.1K'], [1178, '1.2K'], [1280, '1.3K'], [1047552, '1023.0K'], [1048524, '1023.9K']] as const;
    for (const [bytes, text] of cases) {
      expect(humanSize(bytes), `humanSize(${bytes})`).toBe(text);
    }
  });

  it('moves to the next unit when rounding would show 1024.0', async () => {
    const { humanSize } = await loadSize();
    expect(humanSize(1048525), 'humanSize(1048525) is 1023.95K').toBe('1.0M');
    expect(humanSize(1048575), 'humanSize(1048575)').toBe('1.0M');
    expect(humanSize(1024 ** 3 - 1), `humanSize(${1024 ** 3 - 1})`).toBe('1.0G');
    expect(humanSize(1024 ** 2 + 52429), `humanSize(${1024 ** 2 + 52429})`).toBe('1.1M');
  });

  it('throws a RangeError for negative, fractional, non-finite or unsafe sizes', async () => {
    const { humanSize } = await loadSize();
    // Above Number.MAX_SAFE_INTEGER whole numbers are no longer exact: the SPEC rejects them too.
    for (const bad of [-1, 1.5, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, 2 ** 60]) {
      expect(() => humanSize(bad), `humanSize(${bad})`).toThrow(RangeError);
    }
  });
});

describe('Task 2: Walk the tree', () => {
  it('adds up file sizes in every folder and its sub-folders', async () => {
    const { scan } = await loadScan();
    const base = sampleTree();
    const result = await scan(path.join(base, 'data'));
    expect(sizesOf(result.root), 'scan(data): size of every folder').toEqual({ '': 5500, a: 2500, 'a/b': 500, c: 3000 });
    expect(result.root.name, 'scan(data): the root node is named after the folder').toBe('data');
    expect(result.problems, 'scan(data): problems').toEqual([]);
  });

  it('lists sub-folders only, in code-unit name order, Unicode names included', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'z/1': 1, 'é/2': 2, 'a/3': 3, 'B/4': 4, '日本/5': 5, 'file.txt': 6 });
    // readdir promises no order; this fake lists the names backwards, so only sorting helps.
    const result = await scan(base, { fs: fakeFs({ reverse: true }) });
    expect(result.root.children.map((child) => child.name), 'scan: children of a folder with B, a, z, é, 日本 and a file').toEqual(['B', 'a', 'z', 'é', '日本']);
    expect(nodeAt(result.root, '日本')?.size, 'scan: size of the folder "日本"').toBe(5);
    expect(result.root.size, 'scan: total with the file at the top').toBe(21);
  });

  it('shows empty folders with size 0 and counts no size for folders themselves', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'empty/': null, 'outer/inner/': null, 'zero/z.txt': 0 });
    const result = await scan(base);
    expect(sizesOf(result.root), 'scan: a tree of empty folders and an empty file').toEqual({ '': 0, empty: 0, outer: 0, 'outer/inner': 0, zero: 0 });
    expect(nodeAt(result.root, 'empty')?.children, 'scan: children of an empty folder').toEqual([]);
    const lonely = tempDir();
    expect((await scan(lonely)).root, 'scan of an empty root').toMatchObject({ size: 0, children: [] });
  });

  it('counts apparent sizes (a sparse file counts its full length)', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    writeFileSync(path.join(base, 'sparse.bin'), '');
    truncateSync(path.join(base, 'sparse.bin'), 3 * 1024 * 1024);
    expect((await scan(base)).root.size, 'scan: a 3 MiB sparse file').toBe(3 * 1024 * 1024);
  });

  it('counts a hard-linked file once, in the same folder or across folders', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'a/big.bin': 4000, 'b/other.bin': 10 });
    linkSync(path.join(base, 'a/big.bin'), path.join(base, 'a/same.bin'));
    linkSync(path.join(base, 'a/big.bin'), path.join(base, 'b/again.bin'));
    const result = await scan(base);
    expect(result.root.size, 'scan: a 4000-byte file with three names, plus 10 bytes').toBe(4010);
    expect(nodeAt(result.root, 'a')?.size, 'scan: folder a, which meets the file first').toBe(4000);
    expect(nodeAt(result.root, 'b')?.size, 'scan: folder b, whose link was already counted').toBe(10);
  });

  it('does not follow symbolic links by default: they add nothing and are not folders', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'data/a/f.txt': 100, 'outside/big.bin': 9000 });
    symlinkSync(path.join(base, 'outside/big.bin'), path.join(base, 'data/link-to-file'));
    symlinkSync(path.join(base, 'outside'), path.join(base, 'data/link-to-folder'));
    symlinkSync('..', path.join(base, 'data/a/loop'));
    symlinkSync('nowhere', path.join(base, 'data/dangling'));
    const result = await scan(path.join(base, 'data'));
    expect(sizesOf(result.root), 'scan(data) with links to a file, a folder, a parent and nowhere').toEqual({ '': 100, a: 100 });
    expect(result.problems, 'scan(data): links that are not followed are not problems').toEqual([]);
  });

  it('walks a wide tree of 2,000 files with exact totals', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    const expected: Record<string, number> = { '': 0 };
    for (let folder = 0; folder < 20; folder += 1) {
      const name = `f${String(folder).padStart(2, '0')}`;
      mkdirSync(path.join(base, name));
      let folderSize = 0;
      for (let file = 0; file < 100; file += 1) {
        const size = (folder * 100 + file) % 97;
        writeFileSync(path.join(base, name, `file-${file}.txt`), 'y'.repeat(size));
        folderSize += size;
      }
      expected[name] = folderSize;
      expected[''] = (expected[''] ?? 0) + folderSize;
    }
    const result = await scan(base);
    expect(sizesOf(result.root), 'scan of 20 folders with 100 files each').toEqual(expected);
  });

  it('walks a tree 200 folders deep without running out of stack', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    const depth = 200;
    const deepest = path.join(base, ...Array.from({ length: depth }, () => 'd'));
    mkdirSync(deepest, { recursive: true });
    let folder = base;
    for (let level = 1; level <= depth; level += 1) {
      folder = path.join(folder, 'd');
      writeFileSync(path.join(folder, 'one.txt'), 'z');
    }
    const result = await scan(base);
    expect(result.root.size, 'scan: 200 nested folders with one byte each').toBe(depth);
    let node = result.root;
    let level = 0;
    while (node.children[0] !== undefined) {
      node = node.children[0];
      level += 1;
    }
    expect(level, 'scan: how deep the result goes').toBe(depth);
    expect(node.size, 'scan: the deepest folder').toBe(1);
  });

  it('gives a hard-linked file to the name met first: entries in name order, depth first', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    // a (a folder) comes before b.bin: the walk goes down into a before it looks at b.bin.
    makeTree(base, { 'one/a/x.bin': 600, 'one/b.bin': 0, 'two/a.bin': 800, 'two/b/': null });
    rmSync(path.join(base, 'one/b.bin'));
    linkSync(path.join(base, 'one/a/x.bin'), path.join(base, 'one/b.bin'));
    // a.bin comes before the folder b: the file at the top is met first, b gets nothing.
    linkSync(path.join(base, 'two/a.bin'), path.join(base, 'two/b/y.bin'));
    const result = await scan(base);
    expect(sizesOf(result.root), 'scan: one/a/x.bin = one/b.bin (600 bytes), two/a.bin = two/b/y.bin (800 bytes)').toEqual({ '': 1400, one: 600, 'one/a': 600, two: 800, 'two/b': 0 });
  });

  it('walks a root that is a symbolic link to a folder, without follow', async () => {
    const { scan } = await loadScan();
    const base = sampleTree();
    symlinkSync(path.join(base, 'data'), path.join(base, 'shortcut'));
    const result = await scan(path.join(base, 'shortcut'));
    expect(sizesOf(result.root), 'scan(shortcut) where shortcut -> data (the SPEC: the walk starts from stat)').toEqual({ '': 5500, a: 2500, 'a/b': 500, c: 3000 });
    expect(result.root.name, 'scan(shortcut): the root node is named after the path given').toBe('shortcut');
  });

  it('rejects with ScanError when the root is missing or is a file', async () => {
    const { scan, ScanError } = await loadScan();
    const base = tempDir();
    writeFileSync(path.join(base, 'plain.txt'), 'hi');
    await expect(scan(path.join(base, 'missing')), 'scan(missing folder)').rejects.toBeInstanceOf(ScanError);
    await expect(scan(path.join(base, 'missing')), 'scan(missing folder)').rejects.toThrow('no such file or directory');
    await expect(scan(path.join(base, 'plain.txt')), 'scan(a file)').rejects.toBeInstanceOf(ScanError);
    await expect(scan(path.join(base, 'plain.txt')), 'scan(a file)').rejects.toThrow('not a directory');
  });
});

describe('Task 3: Ignore patterns', () => {
  it('* matches any run of characters, and the whole name must match', async () => {
    const { matchGlob } = await loadGlob();
    const cases = [
      ['*.log', 'app.log', true], ['*.log', '.log', true], ['*.log', 'app.log.gz', false], ['*.log', 'applog', false],
      ['*.log', 'APP.LOG', false], ['node_modules', 'node_modules', true], ['node_modules', 'my_node_modules', false],
      ['*', 'anything', true], ['a*b*c', 'aXXbYc', true], ['a*b*c', 'aXXbY', false],
    ] as const;
    for (const [pattern, name, matches] of cases) {
      expect(matchGlob(pattern, name), `matchGlob(${JSON.stringify(pattern)}, ${JSON.stringify(name)})`).toBe(matches);
    }
  });

  it('? matches exactly one character, an emoji counting as one', async () => {
    const { matchGlob } = await loadGlob();
    const cases = [
      ['?.txt', 'a.txt', true], ['?.txt', '.txt', false], ['?.txt', 'ab.txt', false], ['?.txt', '😀.txt', true],
      ['?.txt', 'é.txt', true], ['??', '😀', false], ['?', '\n', true],
    ] as const;
    for (const [pattern, name, matches] of cases) {
      expect(matchGlob(pattern, name), `matchGlob(${JSON.stringify(pattern)}, ${JSON.stringify(name)})`).toBe(matches);
    }
  });

  it('treats every other character literally, regular-expression characters included', async () => {
    const { matchGlob } = await loadGlob();
    const cases = [
      ['a+b(1).txt', 'a+b(1).txt', true], ['a.b', 'aXb', false], ['[x]', '[x]', true], ['[x]', 'x', false],
      ['^a$', '^a$', true], ['a|b', 'a', false], ['{a,b}', 'a', false], ['back\\slash', 'back\\slash', true], ['c++', 'c', false],
    ] as const;
    for (const [pattern, name, matches] of cases) {
      expect(matchGlob(pattern, name), `matchGlob(${JSON.stringify(pattern)}, ${JSON.stringify(name)})`).toBe(matches);
    }
  });

  it('scan skips ignored files and folders at every depth, with several patterns', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, {
      'src/app.ts': 100, 'src/app.log': 50, 'src/node_modules/lib/x.js': 7000, 'node_modules/y.js': 900,
      'logs/today.log': 30, 'logs/keep.txt': 5, 'a.log.gz': 1,
    });
    const result = await scan(base, { ignore: ['*.log', 'node_modules'] });
    expect(sizesOf(result.root), 'scan with ignore ["*.log", "node_modules"]').toEqual({ '': 106, src: 100, logs: 5 });
  });

  it('never ignores the root itself, and an ignored folder is not even read', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'build/out.js': 10, 'build/cache/': null, 'build/cache/blob': 999 });
    const calls: string[] = [];
    const result = await scan(path.join(base, 'build'), { ignore: ['build', 'cache'], fs: fakeFs({ calls }) });
    expect(result.root.size, 'scan(build) with ignore ["build", "cache"]').toBe(10);
    expect(calls.filter((call) => call.startsWith('readdir') && call.endsWith('cache')), 'readdir calls on the ignored folder "cache"').toEqual([]);
  });
});

describe('Task 4: Follow links safely', () => {
  it('with follow, a link counts what it points to: a file by its size, a folder as a sub-folder', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'data/own.txt': 10, 'elsewhere/big.bin': 9000, 'outside/o.bin': 2000, 'outside/deep/x.bin': 1000 });
    symlinkSync(path.join(base, 'elsewhere/big.bin'), path.join(base, 'data/file-link'));
    symlinkSync(path.join(base, 'outside'), path.join(base, 'data/folder-link'));
    const result = await scan(path.join(base, 'data'), { follow: true });
    expect(sizesOf(result.root), 'scan(data, follow) with links to a file and a folder outside').toEqual({ '': 12010, 'folder-link': 3000, 'folder-link/deep': 1000 });
    expect(result.problems, 'scan(data, follow): problems').toEqual([]);
  });

  it('with follow, a file or folder reached twice is counted once', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'a/f.bin': 700, 'b/g.bin': 300 });
    symlinkSync(path.join(base, 'a/f.bin'), path.join(base, 'b/f-again'));
    symlinkSync(path.join(base, 'a'), path.join(base, 'z-to-a'));
    const result = await scan(base, { follow: true });
    expect(sizesOf(result.root), 'scan(follow): a file linked once more and a folder linked once more (z-to-a -> a)').toEqual({ '': 1000, a: 700, b: 300 });
    expect(result.problems, 'scan(follow): reaching a folder twice is not a problem').toEqual([]);
  });

  it('with follow, a link back to an ancestor is a "symlink loop" problem and the walk goes on', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'a/b/f.txt': 40, 'c/g.txt': 2 });
    symlinkSync('../..', path.join(base, 'a/b/up'));
    symlinkSync('.', path.join(base, 'c/here'));
    const result = await scan(base, { follow: true });
    expect(sizesOf(result.root), 'scan(follow) with a/b/up -> ../.. and c/here -> .').toEqual({ '': 42, a: 40, 'a/b': 40, c: 2 });
    expect(result.problems, 'scan(follow): problems').toEqual([
      { path: 'a/b/up', message: 'symlink loop' },
      { path: 'c/here', message: 'symlink loop' },
    ]);
  });

  it('with follow, a dangling link or a link to itself is reported and skipped', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'a/f.txt': 5 });
    symlinkSync('nowhere', path.join(base, 'a/dangling'));
    symlinkSync('me', path.join(base, 'me'));
    const result = await scan(base, { follow: true });
    expect(result.root.size, 'scan(follow) with a dangling link and a self link').toBe(5);
    // The reasons are Task 5's rule, checked there; here only which entries are problems.
    expect(result.problems.map((problem) => problem.path), 'scan(follow): paths of the problems').toEqual(['a/dangling', 'me']);
  });
});

describe('Task 5: Report what cannot be read', () => {
  it('scan reports an unreadable folder, leaves it out and still counts the rest', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'a/f.txt': 10, 'a/locked/secret.bin': 5000, 'b/g.txt': 20 });
    const result = await scan(base, { fs: fakeFs({ lockedFolder: 'locked' }) });
    expect(sizesOf(result.root), 'scan with a/locked unreadable').toEqual({ '': 30, a: 10, b: 20 });
    expect(result.problems, 'scan with a/locked unreadable: problems').toEqual([{ path: 'a/locked', message: 'permission denied' }]);
  });

  it('scan reports entries that vanish between the listing and the look', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'a/f.txt': 10, 'b/g.txt': 20 });
    const result = await scan(base, { fs: fakeFs({ ghosts: { folder: 'a', names: ['gone.txt', 'gone-folder'] } }) });
    expect(sizesOf(result.root), 'scan where a lists gone.txt and gone-folder that no longer exist').toEqual({ '': 30, a: 10, b: 20 });
    expect(result.problems, 'scan: problems for the vanished entries, in name order').toEqual([
      { path: 'a/gone-folder', message: 'no such file or directory' },
      { path: 'a/gone.txt', message: 'no such file or directory' },
    ]);
  });

  it('scan reports an error without a code by its message', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'ok/f.txt': 3, 'broken/g.txt': 4 });
    const result = await scan(base, { fs: fakeFs({ brokenFolder: 'broken' }) });
    expect(result.root.size, 'scan with broken failing with Error("disk on fire")').toBe(3);
    expect(result.problems, 'scan: problems').toEqual([{ path: 'broken', message: 'disk on fire' }]);
  });

  it('scan gives any other error code as the code itself, and the reasons of links it follows', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'ok/f.txt': 3, 'bad/g.txt': 4 });
    const failing = await scan(base, { fs: fakeFs({ codeFolder: { folder: 'bad', code: 'EIO' } }) });
    expect(failing.problems, 'scan where readdir of "bad" fails with code EIO: problems').toEqual([{ path: 'bad', message: 'EIO' }]);
    const links = tempDir();
    makeTree(links, { 'a/f.txt': 5 });
    symlinkSync('nowhere', path.join(links, 'a/dangling'));
    symlinkSync('me', path.join(links, 'me'));
    const followed = await scan(links, { follow: true });
    expect(followed.problems, 'scan(follow) with a/dangling -> nowhere and me -> me: problems').toEqual([
      { path: 'a/dangling', message: 'no such file or directory' },
      { path: 'me', message: 'ELOOP' },
    ]);
  });

  it('scan reports problems in walk order, even when an earlier folder is slow to list', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'a/locked/x': 1, 'a/f.txt': 10, 'b/locked/y': 1, 'b/g.txt': 20 });
    const result = await scan(base, { fs: fakeFs({ lockedFolder: 'locked', slowFolder: 'a' }) });
    expect(sizesOf(result.root), 'scan with a/locked and b/locked unreadable').toEqual({ '': 30, a: 10, b: 20 });
    expect(result.problems, 'scan: problems in walk order (a before b), whichever readdir answers first').toEqual([
      { path: 'a/locked', message: 'permission denied' },
      { path: 'b/locked', message: 'permission denied' },
    ]);
  });

  it('scan of an unreadable root gives a root of size 0 and a problem with path ""', async () => {
    const { scan } = await loadScan();
    const base = tempDir();
    makeTree(base, { 'vault/f.txt': 10 });
    const result = await scan(path.join(base, 'vault'), { fs: fakeFs({ lockedFolder: 'vault' }) });
    expect(result.root, 'scan(vault) when vault cannot be read').toMatchObject({ size: 0, children: [] });
    expect(result.problems.map((problem) => problem.path), 'scan(vault): problem paths').toEqual(['']);
  });
});

describe('Task 6: The du command', () => {
  it('prints SIZE<TAB>PATH lines, children before their folder, the total last', async () => {
    const base = sampleTree();
    const result = await du(['data'], { cwd: base });
    expect(result.stdout, `${result.label}: stdout`).toBe('500\tdata/a/b\n2500\tdata/a\n3000\tdata/c\n5500\tdata\n');
    expect(result.stderr, `${result.label}: stderr`).toBe('');
    expect(result.code, `${result.label}: exit code`).toBe(0);
  });

  it('resolves DIR against io.cwd, defaults to ".", and drops trailing slashes', async () => {
    const base = sampleTree();
    const inData = await du([], { cwd: path.join(base, 'data') });
    expect(reportLines(inData.stdout), `${inData.label} in data: stdout`).toEqual([['500', './a/b'], ['2500', './a'], ['3000', './c'], ['5500', '.']]);
    const slashed = await du(['data/a//'], { cwd: base });
    expect(reportLines(slashed.stdout), `${slashed.label}: stdout`).toEqual([['500', 'data/a/b'], ['2500', 'data/a']]);
    const up = await du(['../c'], { cwd: path.join(base, 'data/a') });
    expect(reportLines(up.stdout), `${up.label} in data/a: stdout`).toEqual([['3000', '../c']]);
  });

  it('shows an absolute DIR as it was typed', async () => {
    const base = sampleTree();
    const dir = path.join(base, 'data', 'c');
    const result = await du([dir], { cwd: path.join(base, 'data', 'a') });
    expect(reportLines(result.stdout), `${result.label}: stdout`).toEqual([['3000', dir]]);
  });

  it('--human prints sizes in K, M, G with one decimal', async () => {
    const base = tempDir();
    makeTree(base, { 'm/a.bin': 1536, 'm/s/b.bin': 1024 * 1024, 'm/t/c.bin': 1000 });
    const result = await du(['m', '--human'], { cwd: base });
    expect(reportLines(result.stdout), `${result.label}: stdout`).toEqual([['1.0M', 'm/s'], ['1000B', 'm/t'], ['1.0M', 'm']]);
    expect(result.code, `${result.label}: exit code`).toBe(0);
  });

  it('--help and -h print the usage to stdout and exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['data', '--help']]) {
      const result = await du(argv);
      expect(result.stdout, `${result.label}: stdout`).toMatch(/^Usage: du/);
      expect(result.code, `${result.label}: exit code`).toBe(0);
    }
  });

  it('exits 2 with the error and usage on stderr for wrong usage', async () => {
    const base = sampleTree();
    const cases = [['--nope'], ['-x'], ['data', 'data/a'], [''], ['--sort', 'date'], ['--sort'], ['--depth', 'x'], ['--depth=-1'], ['--depth', '1.5'], ['--depth'], ['--depth='],
      // "a whole number written with digits": Number() would accept all of these.
      ['--depth', '+1'], ['--depth', '1e1'], ['--depth', '0x2'], ['--depth', ' 2'], ['--depth', '2 ']];
    for (const argv of cases) {
      const result = await du(argv, { cwd: base });
      expect(result.code, `${result.label}: exit code`).toBe(2);
      expect(result.stdout, `${result.label}: stdout`).toBe('');
      expect(result.stderr, `${result.label}: stderr`).toMatch(/^du: [^]*Usage: du/);
    }
  });

  it('colours only at a terminal and never with NO_COLOR', async () => {
    const base = sampleTree();
    const tty = await du(['data'], { cwd: base, tty: true });
    expect(tty.stdout, `${tty.label} at a terminal`).toMatch(ANSI);
    expect(tty.stdout.replace(new RegExp(ANSI.source, 'g'), ''), `${tty.label} at a terminal, without the colour codes`).toBe('500\tdata/a/b\n2500\tdata/a\n3000\tdata/c\n5500\tdata\n');
    const noColor = await du(['data'], { cwd: base, tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout, `${noColor.label} at a terminal with NO_COLOR=1`).not.toMatch(ANSI);
    const piped = await du(['data'], { cwd: base, tty: false });
    expect(piped.stdout, `${piped.label} into a pipe`).not.toMatch(ANSI);
    const missing = await du(['missing'], { cwd: base, tty: true });
    expect(missing.stderr, `${missing.label} at a terminal: stderr is red`).toMatch(ANSI);
    const missingNoColor = await du(['missing'], { cwd: base, tty: true, env: { NO_COLOR: '1' } });
    expect(missingNoColor.stderr, `${missingNoColor.label} at a terminal with NO_COLOR=1: stderr`).not.toMatch(ANSI);
    const usage = await du(['--nope'], { cwd: base, tty: true });
    expect(usage.stderr, `${usage.label} at a terminal: stderr is red`).toMatch(ANSI);
  });

  it('du --ignore can be repeated (Task 3 in the command)', async () => {
    const base = tempDir();
    makeTree(base, { 'p/src/app.ts': 100, 'p/src/app.log': 50, 'p/node_modules/x.js': 7000, 'p/tmp/t': 1 });
    const result = await du(['p', '--ignore', '*.log', '--ignore=node_modules', '--ignore', 't?p'], { cwd: base });
    expect(reportLines(result.stdout), `${result.label}: stdout`).toEqual([['100', 'p/src'], ['100', 'p']]);
    expect(result.code, `${result.label}: exit code`).toBe(0);
  });
  it('du --follow (Task 4) prints the whole report, reports the loop on stderr and exits 1', async () => {
    const base = sampleTree();
    symlinkSync('..', path.join(base, 'data/a/loop'));
    const followed = await du(['data', '--follow'], { cwd: base });
    expect(reportLines(followed.stdout), `${followed.label}: stdout`).toEqual([['500', 'data/a/b'], ['2500', 'data/a'], ['3000', 'data/c'], ['5500', 'data']]);
    expect(followed.stderr, `${followed.label}: stderr`).toContain('du: data/a/loop: symlink loop');
    expect(followed.code, `${followed.label}: exit code`).toBe(1);
    const plain = await du(['data'], { cwd: base });
    expect(plain.stderr, `${plain.label} (links not followed): stderr`).toBe('');
    expect(plain.code, `${plain.label} (links not followed): exit code`).toBe(0);
  });
  it('du (Task 5) prints the rest, reports the folder on stderr with its path and exits 1', async () => {
    const base = tempDir();
    makeTree(base, { 'data/a/f.txt': 10, 'data/a/locked/secret.bin': 5000, 'data/b/g.txt': 20 });
    const result = await du(['data'], { cwd: base, io: { fs: fakeFs({ lockedFolder: 'locked' }) } });
    expect(reportLines(result.stdout), `${result.label} with data/a/locked unreadable: stdout`).toEqual([['10', 'data/a'], ['20', 'data/b'], ['30', 'data']]);
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(lines.length, `${result.label}: one line on stderr, got ${JSON.stringify(result.stderr)}`).toBe(1);
    expect(lines[0], `${result.label}: the stderr line`).toBe('du: data/a/locked: permission denied');
    expect(result.code, `${result.label}: exit code`).toBe(1);
  });
  it('du of an unreadable DIR prints it with size 0 and reports it by its own name', async () => {
    const base = tempDir();
    makeTree(base, { 'vault/f.txt': 10 });
    const result = await du(['vault'], { cwd: base, io: { fs: fakeFs({ lockedFolder: 'vault' }) } });
    expect(result.stdout, `${result.label} when vault cannot be read: stdout`).toBe('0\tvault\n');
    expect(result.stderr, `${result.label} when vault cannot be read: stderr`).toBe('du: vault: permission denied\n');
    expect(result.code, `${result.label}: exit code`).toBe(1);
  });
  it('du of a missing folder or a file exits 1 with the name on stderr and nothing on stdout', async () => {
    const base = tempDir();
    writeFileSync(path.join(base, 'notes.txt'), 'hello');
    for (const target of ['missing', 'notes.txt']) {
      const result = await du([target], { cwd: base });
      expect(result.stdout, `${result.label}: stdout`).toBe('');
      expect(result.stderr, `${result.label}: stderr`).toBe(`du: ${target}: ${target === 'missing' ? 'no such file or directory' : 'not a directory'}\n`);
      expect(result.code, `${result.label}: exit code`).toBe(1);
    }
  });
});

describe('Task 7: Depth, sort and JSON', () => {
  it('--depth limits the folders shown, never the totals', async () => {
    const base = sampleTree();
    const zero = await du(['data', '--depth', '0'], { cwd: base });
    expect(reportLines(zero.stdout), `${zero.label}: stdout`).toEqual([['5500', 'data']]);
    const one = await du(['data', '--depth=1'], { cwd: base });
    expect(reportLines(one.stdout), `${one.label}: stdout`).toEqual([['2500', 'data/a'], ['3000', 'data/c'], ['5500', 'data']]);
    const full = [['500', 'data/a/b'], ['2500', 'data/a'], ['3000', 'data/c'], ['5500', 'data']];
    const two = await du(['--depth', '2', 'data'], { cwd: base });
    expect(reportLines(two.stdout), `${two.label}: stdout`).toEqual(full);
    const ten = await du(['--depth', '10', 'data'], { cwd: base });
    expect(reportLines(ten.stdout), `${ten.label}: stdout`).toEqual(full);
  });

  it('--sort size puts the biggest first at every level, ties by name', async () => {
    const base = tempDir();
    // Z, b and d tie at 100 bytes: ties go in code-unit name order, so Z (a capital) first.
    makeTree(base, { 'r/a/x/1': 10, 'r/a/y/2': 30, 'r/b/3': 100, 'r/c/4': 5, 'r/d/5': 100, 'r/Z/6': 100 });
    const result = await du(['r', '--sort', 'size'], { cwd: base });
    expect(reportLines(result.stdout).map(([, shown]) => shown), `${result.label}: order of the folders`).toEqual(['r/Z', 'r/b', 'r/d', 'r/a/y', 'r/a/x', 'r/a', 'r/c', 'r']);
    const byName = await du(['r', '--sort', 'name'], { cwd: base });
    expect(reportLines(byName.stdout).map(([, shown]) => shown), `${byName.label}: order of the folders`).toEqual(['r/Z', 'r/a/x', 'r/a/y', 'r/a', 'r/b', 'r/c', 'r/d', 'r']);
  });

  it('--sort name uses code-unit order: capitals before small letters, é after z', async () => {
    const base = tempDir();
    makeTree(base, { 'r/zeta/1': 1, 'r/été/2': 2, 'r/Beta/3': 3, 'r/alpha/4': 4 });
    const result = await du(['r', '--sort', 'name'], { cwd: base });
    expect(reportLines(result.stdout).map(([, shown]) => shown), `${result.label}: order of the folders`).toEqual(['r/Beta', 'r/alpha', 'r/zeta', 'r/été', 'r']);
  });

  it('--json prints the tree with path, size in bytes and sorted children', async () => {
    const base = sampleTree();
    const result = await du(['data', '--json', '--human', '--sort', 'size'], { cwd: base, tty: true });
    expect(result.stdout, `${result.label}: stdout has no colour codes`).not.toMatch(ANSI);
    expect(JSON.parse(result.stdout), `${result.label}: the parsed JSON`).toEqual({
      path: 'data', size: 5500, children: [
        { path: 'data/c', size: 3000, children: [] },
        { path: 'data/a', size: 2500, children: [{ path: 'data/a/b', size: 500, children: [] }] },
      ],
    });
    expect(result.code, `${result.label}: exit code`).toBe(0);
  });

  it('--json with --depth cuts the tree with empty children', async () => {
    const base = sampleTree();
    const result = await du(['data', '--json', '--depth', '1'], { cwd: base });
    expect(JSON.parse(result.stdout), `${result.label}: the parsed JSON`).toEqual({
      path: 'data', size: 5500, children: [
        { path: 'data/a', size: 2500, children: [] },
        { path: 'data/c', size: 3000, children: [] },
      ],
    });
    const rootOnly = await du(['data', '--json', '--depth', '0'], { cwd: base });
    expect(JSON.parse(rootOnly.stdout), `${rootOnly.label}: the parsed JSON`).toEqual({ path: 'data', size: 5500, children: [] });
  });
});
