// Hidden suite for p08 file-organizer: every task of SPEC.md, through its Interface only
// (categoryOf, dateFolder, withSuffix, planMoves, moveNoClobber, main and the journal format).
// Everything happens inside tempDir() folders; after every sequence of commands the set of file
// contents (hashed) must be what it was: a file organizer may never lose or overwrite a file.
// real-cli.test.ts adds three checks that run the real src/cli.ts.
import { existsSync, linkSync, lstatSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { OTHER_ZONES, runMain, tempDir, withTimeZone } from '#testkit';
import { describe, expect, it } from 'vitest';
import {
  ANSI, JOURNAL, contentHashes, filesIn, foldersIn, journalText, loadCategories, loadMain, loadMove, loadPlan, makeFolder, movedPairs, readJournal, run, writeJournal, type MoveShape,
} from './helpers.js';

const TABLE: Record<string, string[]> = {
  images: ['jpg', 'jpeg', 'png', 'gif', 'bmp', 'svg', 'webp', 'heic', 'tiff'],
  documents: ['pdf', 'doc', 'docx', 'odt', 'rtf', 'txt', 'md', 'csv', 'xls', 'xlsx', 'ods', 'ppt', 'pptx', 'odp'],
  audio: ['mp3', 'wav', 'flac', 'ogg', 'm4a', 'aac'],
  video: ['mp4', 'mkv', 'mov', 'avi', 'webm'],
  archives: ['zip', 'tar', 'gz', 'tgz', 'bz2', 'xz', '7z', 'rar'],
  code: ['js', 'ts', 'py', 'java', 'c', 'cpp', 'h', 'go', 'rs', 'rb', 'sh', 'json', 'html', 'css'],
};

/**
 * Content (or link target) and modification time of each path, read with lstat so that a
 * symbolic link is looked at itself: what "left as it is" means in the spec.
 */
function stateOf(dir: string, rels: readonly string[]): Record<string, string> {
  const state: Record<string, string> = {};
  for (const rel of rels) {
    const file = path.join(dir, rel);
    if (!existsSync(file) && !isLink(file)) {
      state[rel] = 'missing';
      continue;
    }
    const stats = lstatSync(file);
    const content = stats.isSymbolicLink() ? 'a symbolic link' : stats.isDirectory() ? 'a folder' : JSON.stringify(readFileSync(file, 'utf8'));
    state[rel] = `${content}, modified ${stats.mtime.toISOString()}`;
  }
  return state;
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Sets old modification times (links included, without following them) so that a change shows. */
function ageAll(dir: string, rels: readonly string[], when = '2019-06-15T12:00:00Z'): void {
  const time = new Date(when);
  for (const rel of rels) {
    const file = path.join(dir, rel);
    if (isLink(file)) continue;
    utimesSync(file, time, time);
  }
}

/** A small mixed folder: three categories, a hidden file, a sub-folder with a file in it. */
function mixedFolder(): string {
  return makeFolder({
    'photo.jpg': 'photo bytes',
    'report.pdf': 'report bytes',
    'song.mp3': 'song bytes',
    'notes.txt': 'notes bytes',
    '.env': 'SECRET=1',
    'projects/keep.jpg': 'inside a sub-folder',
  });
}

describe('Task 1: Categories and date folders', () => {
  it('categoryOf puts every extension of the table in its folder, in any case', async () => {
    const { categoryOf } = await loadCategories();
    for (const [category, extensions] of Object.entries(TABLE)) {
      for (const extension of extensions) {
        for (const name of [`file.${extension}`, `FILE.${extension.toUpperCase()}`, `my file.v2.${extension}`]) {
          expect(categoryOf(name), `categoryOf(${JSON.stringify(name)})`).toBe(category);
        }
      }
    }
  });

  it('categoryOf answers "other" for unknown, missing and hidden-only extensions', async () => {
    const { categoryOf } = await loadCategories();
    for (const name of ['README', 'Makefile', 'data.xyz', '.bashrc', '.jpg', 'name.', 'photo.jpg.bak', 'jpg', 'archive.tar.gz.part', 'a.j pg']) {
      expect(categoryOf(name), `categoryOf(${JSON.stringify(name)})`).toBe('other');
    }
    expect(categoryOf('backup.tar.gz'), 'categoryOf("backup.tar.gz") goes by the last extension').toBe('archives');
    expect(categoryOf('.config.json'), 'categoryOf(".config.json")').toBe('code');
    expect(categoryOf('café.PNG'), 'categoryOf("café.PNG")').toBe('images');
  });

  it('dateFolder gives "YYYY/MM" in UTC with zero padding', async () => {
    const { dateFolder } = await loadCategories();
    const cases: Array<[string, string]> = [
      ['2024-03-05T10:00:00Z', '2024/03'],
      ['2024-12-31T23:59:59.999Z', '2024/12'],
      ['2025-01-01T00:00:00Z', '2025/01'],
      ['2024-02-29T12:00:00Z', '2024/02'],
      ['2023-10-01T00:00:00Z', '2023/10'],
      ['1970-01-01T00:00:00Z', '1970/01'],
      ['0999-05-01T00:00:00Z', '0999/05'],
      // 23:30 on 30 November in New York is already December in UTC.
      ['2024-11-30T23:30:00-05:00', '2024/12'],
    ];
    for (const [when, folder] of cases) {
      expect(dateFolder(new Date(when)), `dateFolder(new Date("${when}"))`).toBe(folder);
    }
  });

  for (const zone of OTHER_ZONES) {
    it(`dateFolder gives the UTC month also on a machine whose zone is ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        const { dateFolder } = await loadCategories();
        // Instants whose local month differs from the UTC month in at least one of the zones.
        const cases: Array<[string, string]> = [
          ['2024-03-31T20:00:00Z', '2024/03'],
          ['2024-04-30T18:45:00Z', '2024/04'],
          ['2024-12-31T23:30:00Z', '2024/12'],
          ['2025-01-01T02:00:00Z', '2025/01'],
          ['2024-11-01T03:30:00Z', '2024/11'],
          ['2026-03-01T04:00:00Z', '2026/03'],
        ];
        for (const [when, folder] of cases) {
          expect(dateFolder(new Date(when)), `dateFolder(new Date("${when}")) with the machine in ${zone}: the UTC year and month, not the local ones`).toBe(folder);
        }
      });
    });
  }

  it('withSuffix puts " (n)" before the last extension', async () => {
    const { withSuffix } = await loadPlan();
    const cases: Array<[string, number, string]> = [
      ['photo.jpg', 1, 'photo (1).jpg'],
      ['photo.jpg', 2, 'photo (2).jpg'],
      ['my file.JPG', 10, 'my file (10).JPG'],
      ['backup.tar.gz', 1, 'backup.tar (1).gz'],
      ['README', 3, 'README (3)'],
      ['.bashrc', 1, '.bashrc (1)'],
      ['日本語.txt', 1, '日本語 (1).txt'],
    ];
    for (const [name, n, expected] of cases) {
      expect(withSuffix(name, n), `withSuffix(${JSON.stringify(name)}, ${n})`).toBe(expected);
    }
  });
});

describe('Task 2: Plan the moves', () => {
  it('planMoves by type lists the top-level files sorted by name and touches nothing', async () => {
    const { planMoves } = await loadPlan();
    const dir = mixedFolder();
    const before = filesIn(dir);
    const moves = await planMoves(dir, { by: 'type', includeHidden: false });
    expect(moves, 'planMoves(folder with photo.jpg, report.pdf, song.mp3, notes.txt, .env, projects/) by type').toEqual([
      { from: 'notes.txt', to: 'documents/notes.txt' },
      { from: 'photo.jpg', to: 'images/photo.jpg' },
      { from: 'report.pdf', to: 'documents/report.pdf' },
      { from: 'song.mp3', to: 'audio/song.mp3' },
    ]);
    expect(filesIn(dir), 'planMoves must not move anything').toEqual(before);
    expect(foldersIn(dir), 'planMoves must not create folders').toEqual(['projects']);
    expect(existsSync(path.join(dir, JOURNAL)), 'planMoves must not write the journal').toBe(false);
  });

  it('planMoves leaves hidden files alone unless includeHidden, and never plans the journal', async () => {
    const { planMoves } = await loadPlan();
    const dir = makeFolder({ '.env': 'a', '.notes.md': 'b', 'x.md': 'c' });
    writeJournal(dir, { version: 1, moves: [], createdDirs: [] });
    const hidden = await planMoves(dir, { by: 'type', includeHidden: false });
    expect(hidden, 'planMoves(.env, .notes.md, x.md) without includeHidden').toEqual([{ from: 'x.md', to: 'documents/x.md' }]);
    const all = await planMoves(dir, { by: 'type', includeHidden: true });
    expect(all, `planMoves(.env, .notes.md, x.md, ${JOURNAL}) with includeHidden`).toEqual([
      { from: '.env', to: 'other/.env' },
      { from: '.notes.md', to: 'documents/.notes.md' },
      { from: 'x.md', to: 'documents/x.md' },
    ]);
  });

  it('planMoves ignores folders and symbolic links', async () => {
    const { planMoves } = await loadPlan();
    const dir = makeFolder({ 'a.txt': 'a', 'images/b.jpg': 'b', 'music.mp3/inside.txt': 'folder named like a file' });
    symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'link.txt'));
    const moves = await planMoves(dir, { by: 'type', includeHidden: false });
    expect(moves, 'planMoves(a.txt, images/, music.mp3/ (a folder), link.txt (a symlink))').toEqual([{ from: 'a.txt', to: 'documents/a.txt' }]);
  });

  it('planMoves gives a colliding name the lowest free " (n)" suffix', async () => {
    const { planMoves } = await loadPlan();
    const dir = makeFolder({ 'a.jpg': 'new a', 'images/a.jpg': 'old a', 'images/a (1).jpg': 'old a1', 'images/a (3).jpg': 'old a3', 'b.txt': 'new b', 'documents/b (1).txt': 'old b1' });
    const moves = await planMoves(dir, { by: 'type', includeHidden: false });
    expect(moves, 'planMoves with images/a.jpg, images/a (1).jpg, images/a (3).jpg and documents/b (1).txt already there').toEqual([
      { from: 'a.jpg', to: 'images/a (2).jpg' },
      { from: 'b.txt', to: 'documents/b.txt' },
    ]);
  });

  it('planMoves by date uses each file\'s modification time in UTC', async () => {
    const { planMoves } = await loadPlan();
    const dir = makeFolder(
      { 'jan.txt': 'jan', 'feb.txt': 'feb', 'old.jpg': 'old', 'dup.txt': 'new dup', '2024/01/dup.txt': 'old dup' },
      { 'jan.txt': '2024-01-31T23:59:59Z', 'feb.txt': '2024-02-01T00:00:00Z', 'old.jpg': '1999-12-15T08:00:00Z', 'dup.txt': '2024-01-10T00:00:00Z' },
    );
    const moves = await planMoves(dir, { by: 'date', includeHidden: false });
    expect(moves, 'planMoves by date (mtimes 2024-01-31T23:59:59Z, 2024-02-01T00:00:00Z, 1999-12-15, 2024-01-10 with 2024/01/dup.txt there)').toEqual([
      { from: 'dup.txt', to: '2024/01/dup (1).txt' },
      { from: 'feb.txt', to: '2024/02/feb.txt' },
      { from: 'jan.txt', to: '2024/01/jan.txt' },
      { from: 'old.jpg', to: '1999/12/old.jpg' },
    ]);
  });

  it('--dry-run prints the plan and changes nothing', async () => {
    const dir = mixedFolder();
    const before = filesIn(dir);
    const result = await run([dir, '--dry-run']);
    expect(result.stdout, `${result.label}: stdout`).toBe(
      'would move notes.txt -> documents/notes.txt\n' +
        'would move photo.jpg -> images/photo.jpg\n' +
        'would move report.pdf -> documents/report.pdf\n' +
        'would move song.mp3 -> audio/song.mp3\n' +
        'dry run: 4 files would be moved\n',
    );
    expect(result.code, `${result.label}: exit code`).toBe(0);
    expect(filesIn(dir), `${result.label}: files after a dry run`).toEqual(before);
    expect(foldersIn(dir), `${result.label}: folders after a dry run`).toEqual(['projects']);
    expect(existsSync(path.join(dir, JOURNAL)), `${result.label}: a dry run writes no journal`).toBe(false);
  });

  it('--dry-run leaves every file, folder, link and modification time as it was', async () => {
    const dir = makeFolder({ 'a.jpg': 'a', 'b.txt': 'b', '.env': 'env', 'sub/c.pdf': 'c', 'images/old.jpg': 'old' });
    symlinkSync(path.join(dir, 'b.txt'), path.join(dir, 'link.txt'));
    const rels = ['a.jpg', 'b.txt', '.env', 'sub', 'sub/c.pdf', 'images', 'images/old.jpg', 'link.txt'];
    ageAll(dir, rels);
    const before = stateOf(dir, rels);
    for (const argv of [[dir, '--dry-run'], [dir, '--dry-run', '--by', 'date'], [dir, '--dry-run', '--include-hidden']]) {
      const result = await run(argv);
      expect(result.code, `${result.label}: exit code`).toBe(0);
      expect(stateOf(dir, rels), `${result.label}: a dry run leaves every file, folder and link as it was, modification times included`).toEqual(before);
      expect(readdirSync(dir).sort(), `${result.label}: nothing new in DIR (no folder, no journal)`).toEqual(['.env', 'a.jpg', 'b.txt', 'images', 'link.txt', 'sub']);
      expect(readdirSync(path.join(dir, 'images')), `${result.label}: nothing new in images/`).toEqual(['old.jpg']);
    }
  });

  it('an empty folder, or one with only hidden files and folders, has nothing to organize', async () => {
    const folders: Array<Record<string, string>> = [{}, { '.hidden': 'h', 'sub/a.jpg': 'a' }];
    for (const files of folders) {
      const dir = makeFolder(files);
      for (const argv of [[dir], [dir, '--dry-run'], [dir, '--by', 'date']]) {
        const result = await run(argv);
        const label = `${result.label} with ${JSON.stringify(Object.keys(files))}`;
        expect(result.stdout, `${label}: stdout`).toBe('nothing to organize\n');
        expect(result.code, `${label}: exit code`).toBe(0);
      }
      expect(existsSync(path.join(dir, JOURNAL)), 'nothing to organize: no journal is written').toBe(false);
      expect(filesIn(dir), 'nothing to organize: files unchanged').toEqual(files);
    }
  });

  it('refuses, before moving anything, when a target folder name is taken by a file', async () => {
    const dir = makeFolder({ images: 'a file called images', 'a.jpg': 'a' });
    const before = filesIn(dir);
    const result = await run([dir]);
    expect(result.code, `${result.label} with a file named "images": exit code`).toBe(1);
    expect(result.stderr, `${result.label}: stderr`).toMatch(/^error: /);
    expect(filesIn(dir), `${result.label}: nothing moved`).toEqual(before);
    expect(existsSync(path.join(dir, JOURNAL)), `${result.label}: no journal`).toBe(false);
  });
});

describe('Task 3: Move without overwriting', () => {
  it('moveNoClobber moves a file to a free name', async () => {
    const { moveNoClobber } = await loadMove();
    const dir = makeFolder({ 'a.txt': 'content of a', 'sub/b.txt': 'b' });
    await moveNoClobber(path.join(dir, 'a.txt'), path.join(dir, 'sub', 'a.txt'));
    expect(filesIn(dir), 'moveNoClobber(a.txt, sub/a.txt)').toEqual({ 'sub/a.txt': 'content of a', 'sub/b.txt': 'b' });
  });

  it('moveNoClobber rejects with EEXIST and keeps both files when the target exists', async () => {
    const { moveNoClobber } = await loadMove();
    const dir = makeFolder({ 'a.txt': 'mine', 'sub/a.txt': 'theirs' });
    let thrown: unknown;
    try {
      await moveNoClobber(path.join(dir, 'a.txt'), path.join(dir, 'sub', 'a.txt'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown, 'moveNoClobber(a.txt, sub/a.txt) where sub/a.txt exists should reject').toBeInstanceOf(Error);
    expect((thrown as NodeJS.ErrnoException).code, 'moveNoClobber onto an existing file: error.code').toBe('EEXIST');
    expect(filesIn(dir), 'moveNoClobber onto an existing file: both files unchanged').toEqual({ 'a.txt': 'mine', 'sub/a.txt': 'theirs' });
  });

  it('organize DIR moves each file, prints each move and a total, and keeps every content', async () => {
    const dir = mixedFolder();
    const hashes = contentHashes(dir);
    const result = await run([dir]);
    expect(result.stdout, `${result.label}: stdout`).toBe(
      'moved notes.txt -> documents/notes.txt\n' +
        'moved photo.jpg -> images/photo.jpg\n' +
        'moved report.pdf -> documents/report.pdf\n' +
        'moved song.mp3 -> audio/song.mp3\n' +
        '4 files moved\n',
    );
    expect(result.stderr, `${result.label}: stderr`).toBe('');
    expect(result.code, `${result.label}: exit code`).toBe(0);
    expect(filesIn(dir), `${result.label}: files after`).toEqual({
      '.env': 'SECRET=1',
      'audio/song.mp3': 'song bytes',
      'documents/notes.txt': 'notes bytes',
      'documents/report.pdf': 'report bytes',
      'images/photo.jpg': 'photo bytes',
      'projects/keep.jpg': 'inside a sub-folder',
    });
    expect(contentHashes(dir), `${result.label}: every content still there`).toEqual(hashes);
  });

  it('leaves the files that stay as they are, and a moved file keeps its content and modification time', async () => {
    const dir = makeFolder({ 'a.jpg': 'a', 'b.txt': 'b', '.env': 'env', 'sub/c.pdf': 'c', 'images/old.jpg': 'old' });
    symlinkSync(path.join(dir, 'b.txt'), path.join(dir, 'link.txt'));
    const stay = ['.env', 'sub/c.pdf', 'images/old.jpg', 'link.txt'];
    ageAll(dir, ['a.jpg', 'b.txt', ...stay]);
    utimesSync(path.join(dir, 'a.jpg'), new Date('2021-02-03T04:05:06Z'), new Date('2021-02-03T04:05:06Z'));
    const before = stateOf(dir, stay);
    const movedBefore = stateOf(dir, ['a.jpg', 'b.txt']);
    const result = await run([dir]);
    expect(result.code, `${result.label}: exit code`).toBe(0);
    expect(stateOf(dir, stay), `${result.label}: hidden files, files inside folders and symbolic links are left as they are (content and modification time)`).toEqual(before);
    expect(stateOf(dir, ['images/a.jpg', 'documents/b.txt']), `${result.label}: a moved file is the same file under a new name, content and modification time unchanged`).toEqual({
      'images/a.jpg': movedBefore['a.jpg'],
      'documents/b.txt': movedBefore['b.txt'],
    });
  });

  it('never overwrites: a taken name gets a suffix and both files survive', async () => {
    const dir = makeFolder({ 'photo.jpg': 'new photo', 'images/photo.jpg': 'old photo', 'images/photo (1).jpg': 'older photo', 'one.md': 'one' });
    const hashes = contentHashes(dir);
    const result = await run([dir]);
    expect(result.stdout, `${result.label}: stdout`).toBe('moved one.md -> documents/one.md\nmoved photo.jpg -> images/photo (2).jpg\n2 files moved\n');
    expect(filesIn(dir), `${result.label}: files after`).toEqual({
      'documents/one.md': 'one',
      'images/photo (1).jpg': 'older photo',
      'images/photo (2).jpg': 'new photo',
      'images/photo.jpg': 'old photo',
    });
    expect(contentHashes(dir), `${result.label}: every content still there`).toEqual(hashes);
  });

  it('is idempotent: a second run moves nothing', async () => {
    const dir = mixedFolder();
    await run([dir]);
    const files = filesIn(dir);
    for (const argv of [[dir], [dir, '--by', 'date']]) {
      const again = await run(argv);
      expect(again.stdout, `${again.label} a second time: stdout`).toBe('nothing to organize\n');
      expect(again.code, `${again.label} a second time: exit code`).toBe(0);
      expect(filesIn(dir), `${again.label} a second time: files`).toEqual(files);
    }
  });

  it('--by date moves files into YYYY/MM folders from their modification time', async () => {
    const dir = makeFolder({ 'a.jpg': 'a', 'b.txt': 'b', 'c.zip': 'c' }, { 'a.jpg': '2024-03-05T10:00:00Z', 'b.txt': '2024-03-31T23:59:59Z', 'c.zip': '2023-12-01T00:00:00Z' });
    const result = await run(['--by', 'date', dir]);
    expect(result.code, `${result.label}: exit code`).toBe(0);
    expect(filesIn(dir), `${result.label}: files after`).toEqual({ '2023/12/c.zip': 'c', '2024/03/a.jpg': 'a', '2024/03/b.txt': 'b' });
    expect(result.stdout.split('\n').at(-2), `${result.label}: last line`).toBe('3 files moved');
  });

  it('--include-hidden moves hidden files too', async () => {
    const dir = makeFolder({ '.env': 'env', '.profile.sh': 'profile', 'x.txt': 'x' });
    const result = await run([dir, '--include-hidden']);
    expect(result.code, `${result.label}: exit code`).toBe(0);
    expect(filesIn(dir), `${result.label}: files after`).toEqual({ 'code/.profile.sh': 'profile', 'documents/x.txt': 'x', 'other/.env': 'env' });
    const again = await run([dir, '--include-hidden']);
    expect(again.stdout, `${again.label} a second time: stdout`).toBe('nothing to organize\n');
  });

  it('handles Unicode and spaces in names, and says "1 file moved"', async () => {
    const dir = makeFolder({ 'café au lait.JPG': 'café' });
    const result = await run([dir]);
    expect(result.stdout, `${result.label}: stdout`).toBe('moved café au lait.JPG -> images/café au lait.JPG\n1 file moved\n');
    const dir2 = makeFolder({ '日本語 メモ.txt': 'メモ', '🎵 song.flac': 'song', 'ünïcödé': 'u' });
    const result2 = await run([dir2]);
    expect(result2.code, `${result2.label}: exit code`).toBe(0);
    expect(filesIn(dir2), `${result2.label}: files after`).toEqual({ 'audio/🎵 song.flac': 'song', 'documents/日本語 メモ.txt': 'メモ', 'other/ünïcödé': 'u' });
  });

  it('resolves a relative DIR against io.cwd', async () => {
    const parent = makeFolder({ 'inbox/a.pdf': 'a', 'b.pdf': 'not in inbox' });
    const result = await run(['inbox'], { cwd: parent });
    expect(result.code, `${result.label} in ${parent}: exit code`).toBe(0);
    expect(filesIn(parent), `${result.label} with cwd = the parent: files after`).toEqual({ 'b.pdf': 'not in inbox', 'inbox/documents/a.pdf': 'a' });
    const dot = await run(['.'], { cwd: path.join(parent, 'inbox') });
    expect(dot.stdout, `${dot.label} with cwd = inbox: stdout`).toBe('nothing to organize\n');
  });

  it('stops at a move that fails, exits 1, and loses nothing', async () => {
    const dir = makeFolder({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
    const hashes = contentHashes(dir);
    // The hook runs before each move: before the second, another program takes the target name.
    const beforeMove = (move: MoveShape) => {
      if (move.from === 'b.txt') writeFileSync(path.join(dir, move.to), 'intruder');
    };
    const result = await run([dir], { io: { beforeMove } });
    const label = `${result.label} when documents/b.txt appears just before b.txt moves`;
    expect(result.code, `${label}: exit code`).toBe(1);
    expect(result.stderr, `${label}: stderr`).toMatch(/^error: could not move b\.txt -> documents\/b\.txt: /);
    expect(result.stderr, `${label}: stderr tells how to put back what moved`).toContain('organize undo');
    expect(movedPairs(result.stdout), `${label}: the moves printed`).toEqual([['a.txt', 'documents/a.txt']]);
    expect(filesIn(dir), `${label}: files after`).toEqual({ 'b.txt': 'b', 'c.txt': 'c', 'documents/a.txt': 'a', 'documents/b.txt': 'intruder' });
    expect(contentHashes(dir).filter((h) => hashes.includes(h)), `${label}: every original content still there`).toEqual(hashes);
  });
});

describe('Task 4: Keep a journal', () => {
  it('records every move, done, and the folders it created', async () => {
    const dir = makeFolder({ 'a.jpg': 'a', 'b.txt': 'b', 'images/old.jpg': 'old' });
    await run([dir]);
    const journal = readJournal(dir);
    expect(journal, `organize DIR: ${JOURNAL} should exist in DIR`).toBeDefined();
    expect(journal?.version, 'journal.version').toBe(1);
    expect(journal?.moves, 'journal.moves after organizing a.jpg, b.txt').toEqual([
      { from: 'a.jpg', to: 'images/a.jpg', done: true },
      { from: 'b.txt', to: 'documents/b.txt', done: true },
    ]);
    expect(journal?.createdDirs, 'journal.createdDirs (images/ existed before)').toEqual(['documents']);
    const dated = makeFolder({ 'x.md': 'x' }, { 'x.md': '2021-07-04T00:00:00Z' });
    await run([dated, '--by', 'date']);
    expect(readJournal(dated)?.createdDirs, 'journal.createdDirs for --by date into 2021/07').toEqual(['2021', '2021/07']);
  });

  it('writes the journal before the first move and updates it after each one', async () => {
    const dir = makeFolder({ 'a.txt': 'a', 'b.jpg': 'b', 'c.mp3': 'c' });
    const seen: Array<Array<{ from: string; to: string; done: boolean }> | undefined> = [];
    const beforeMove = () => {
      seen.push(readJournal(dir)?.moves);
    };
    await run([dir], { io: { beforeMove } });
    const planned = [
      { from: 'a.txt', to: 'documents/a.txt' },
      { from: 'b.jpg', to: 'images/b.jpg' },
      { from: 'c.mp3', to: 'audio/c.mp3' },
    ];
    const state = (doneCount: number) => planned.map((move, index) => ({ ...move, done: index < doneCount }));
    expect(seen, 'journal.moves as read before each of the three moves').toEqual([state(0), state(1), state(2)]);
    expect(readJournal(dir)?.moves, 'journal.moves at the end').toEqual(state(3));
    expect(readdirSync(dir).filter((name) => name.startsWith(JOURNAL) && name !== JOURNAL), 'no temporary journal file is left behind').toEqual([]);
  });

  it('a run that moves nothing leaves the journal byte for byte, and --include-hidden never moves it', async () => {
    const dir = makeFolder({ '.env': 'env', 'x.txt': 'x', 'sub/y.txt': 'y' });
    const first = await run([dir, '--include-hidden']);
    expect(readdirSync(dir).sort(), `${first.label}: the journal stays in DIR (no temporary file left)`).toEqual([JOURNAL, 'documents', 'other', 'sub']);
    expect(readJournal(dir)?.moves, `${first.label}: journal.moves`).toEqual([
      { from: '.env', to: 'other/.env', done: true },
      { from: 'x.txt', to: 'documents/x.txt', done: true },
    ]);
    const text = journalText(dir);
    for (const argv of [[dir], [dir, '--include-hidden'], [dir, '--by', 'date', '--include-hidden'], [dir, '--dry-run', '--include-hidden']]) {
      const again = await run(argv);
      expect(again.stdout, `${again.label} after ${first.label}: stdout (the journal is never organized)`).toBe('nothing to organize\n');
      expect(journalText(dir), `${again.label} after ${first.label}: the journal, byte for byte`).toBe(text);
      expect(readdirSync(dir).sort(), `${again.label} after ${first.label}: DIR`).toEqual([JOURNAL, 'documents', 'other', 'sub']);
    }
  });

  it('adds the moves of a later run to the same journal', async () => {
    const dir = makeFolder({ 'a.txt': 'a' });
    await run([dir]);
    writeFileSync(path.join(dir, 'b.jpg'), 'b');
    await run([dir]);
    expect(readJournal(dir)?.moves, 'journal.moves after two runs').toEqual([
      { from: 'a.txt', to: 'documents/a.txt', done: true },
      { from: 'b.jpg', to: 'images/b.jpg', done: true },
    ]);
    expect(readJournal(dir)?.createdDirs, 'journal.createdDirs after two runs').toEqual(['documents', 'images']);
  });

  it('after a failed move, the journal keeps only the moves that happened', async () => {
    const dir = makeFolder({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
    const beforeMove = (move: MoveShape) => {
      if (move.from === 'b.txt') throw new Error('disk unplugged');
    };
    const result = await run([dir], { io: { beforeMove } });
    expect(result.code, 'organize DIR with a hook that throws before b.txt: exit code').toBe(1);
    expect(result.stderr, 'organize DIR with a failing move: stderr').toMatch(/^error: /);
    expect(readJournal(dir)?.moves, 'journal.moves after the failure at b.txt').toEqual([{ from: 'a.txt', to: 'documents/a.txt', done: true }]);
    const again = await run([dir]);
    expect(again.code, 'organize DIR again after the failure: exit code').toBe(0);
    expect(filesIn(dir), 'organize DIR again after the failure: files').toEqual({ 'documents/a.txt': 'a', 'documents/b.txt': 'b', 'documents/c.txt': 'c' });
  });

  it('refuses to organize while the journal has moves not done (a crashed run)', async () => {
    const dir = makeFolder({ 'a.txt': 'a', 'b.txt': 'b' });
    const journal = { version: 1, moves: [{ from: 'a.txt', to: 'documents/a.txt', done: false }], createdDirs: ['documents'] };
    writeJournal(dir, journal);
    const result = await run([dir]);
    expect(result.code, `${result.label} with an unfinished journal: exit code`).toBe(1);
    expect(result.stderr, `${result.label} with an unfinished journal: stderr`).toMatch(/^error: .*undo/);
    expect(result.stdout, `${result.label} with an unfinished journal: stdout`).toBe('');
    expect(filesIn(dir), `${result.label} with an unfinished journal: files`).toEqual({ 'a.txt': 'a', 'b.txt': 'b' });
    expect(readJournal(dir), `${result.label} with an unfinished journal: journal unchanged`).toEqual(journal);
  });

  it('rejects a damaged journal (bad JSON, wrong shape, paths leaving DIR) and touches nothing', async () => {
    await expectDamagedJournalRefused((dir) => [dir]);
  });
});

/** Journals anyone could have edited into something organize must not trust (SPEC.md, Task 4). */
async function expectDamagedJournalRefused(command: (dir: string) => string[]): Promise<void> {
  const bad: Array<[string, string]> = [
    ['not JSON', '{"version": 1, "moves": ['],
    ['empty file', ''],
    ['wrong version', JSON.stringify({ version: 2, moves: [], createdDirs: [] })],
    ['moves missing', JSON.stringify({ version: 1, createdDirs: [] })],
    ['done not a boolean', JSON.stringify({ version: 1, moves: [{ from: 'a.txt', to: 'documents/a.txt', done: 'yes' }], createdDirs: [] })],
    ['a path with ..', JSON.stringify({ version: 1, moves: [{ from: '../outside.txt', to: 'documents/x.txt', done: true }], createdDirs: [] })],
    ['an absolute path', JSON.stringify({ version: 1, moves: [{ from: 'x.txt', to: '/tmp/x.txt', done: true }], createdDirs: [] })],
    ['a created dir outside', JSON.stringify({ version: 1, moves: [], createdDirs: ['../..'] })],
  ];
  for (const [what, text] of bad) {
    const parent = makeFolder({ 'outside.txt': 'outside', 'box/a.txt': 'a', 'box/documents/x.txt': 'x' });
    const dir = path.join(parent, 'box');
    writeJournal(dir, text);
    const result = await run(command(dir));
    const label = `${result.label.replace(dir, 'DIR')} with a journal that has ${what}`;
    expect(result.code, `${label}: exit code`).toBe(1);
    expect(result.stderr, `${label}: stderr`).toMatch(/^error: /);
    expect(filesIn(parent), `${label}: files`).toEqual({ 'box/a.txt': 'a', 'box/documents/x.txt': 'x', 'outside.txt': 'outside' });
    expect(journalText(dir), `${label}: the journal is kept as it was`).toBe(text);
  }
}

describe('Task 5: Undo', () => {
  it('undo rejects a damaged journal too, and touches nothing', async () => {
    await expectDamagedJournalRefused((dir) => ['undo', dir]);
  });

  it('puts every file back, removes the folders it created and the journal', async () => {
    const dir = makeFolder({ 'a.jpg': 'a', 'b.txt': 'b', 'c.mp3': 'c', '.env': 'env', 'images/old.jpg': 'old' });
    const before = filesIn(dir);
    await run([dir]);
    const result = await run(['undo', dir]);
    expect(result.code, `${result.label}: exit code`).toBe(0);
    expect(result.stderr, `${result.label}: stderr`).toBe('');
    expect(result.stdout, `${result.label}: stdout (newest move first)`).toBe(
      'restored audio/c.mp3 -> c.mp3\nrestored documents/b.txt -> b.txt\nrestored images/a.jpg -> a.jpg\n3 files restored\n',
    );
    expect(filesIn(dir), `${result.label}: files after`).toEqual(before);
    expect(foldersIn(dir), `${result.label}: folders after (images/ was there before)`).toEqual(['images']);
    expect(existsSync(path.join(dir, JOURNAL)), `${result.label}: the journal is removed`).toBe(false);
  });

  it('with no journal there is nothing to undo; a second undo is harmless', async () => {
    const dir = makeFolder({ 'a.txt': 'a' });
    const first = await run(['undo', dir]);
    expect(first.stdout, `${first.label} without a journal: stdout`).toBe('nothing to undo\n');
    expect(first.code, `${first.label} without a journal: exit code`).toBe(0);
    await run([dir]);
    await run(['undo', dir]);
    const again = await run(['undo', dir]);
    expect(again.stdout, `${again.label} a second time: stdout`).toBe('nothing to undo\n');
    expect(filesIn(dir), `${again.label} a second time: files`).toEqual({ 'a.txt': 'a' });
  });

  it('undoes several runs, --by date ones included, in one go', async () => {
    const dir = makeFolder({ 'a.txt': 'a', 'b.jpg': 'b' }, { 'b.jpg': '2020-02-02T00:00:00Z' });
    await run([dir, '--by', 'date']);
    writeFileSync(path.join(dir, 'c.txt'), 'c');
    await run([dir]);
    const result = await run(['undo', dir]);
    expect(result.code, `${result.label}: exit code`).toBe(0);
    expect(filesIn(dir), `${result.label} after a --by date run and a --by type run: files`).toEqual({ 'a.txt': 'a', 'b.jpg': 'b', 'c.txt': 'c' });
    expect(foldersIn(dir), `${result.label}: folders`).toEqual([]);
  });

  it('never overwrites a file that took the old name: the restored one gets a suffix', async () => {
    const dir = makeFolder({ 'a.jpg': 'original a' });
    await run([dir]);
    writeFileSync(path.join(dir, 'a.jpg'), 'a new a');
    const result = await run(['undo', dir]);
    expect(result.code, `${result.label} when a.jpg exists again: exit code`).toBe(0);
    expect(movedPairs(result.stdout, 'restored'), `${result.label}: restored lines`).toEqual([['images/a.jpg', 'a (1).jpg']]);
    expect(filesIn(dir), `${result.label}: files after`).toEqual({ 'a (1).jpg': 'original a', 'a.jpg': 'a new a' });
  });

  it('keeps a created folder that is not empty any more', async () => {
    const dir = makeFolder({ 'a.jpg': 'a' });
    await run([dir]);
    writeFileSync(path.join(dir, 'images', 'mine.jpg'), 'saved later');
    const result = await run(['undo', dir]);
    expect(result.code, `${result.label}: exit code`).toBe(0);
    expect(filesIn(dir), `${result.label} with images/mine.jpg added: files`).toEqual({ 'a.jpg': 'a', 'images/mine.jpg': 'saved later' });
  });

  it('after a failed move, puts back what moved and leaves the other file alone', async () => {
    const dir = makeFolder({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
    const beforeMove = (move: MoveShape) => {
      if (move.from === 'c.txt') writeFileSync(path.join(dir, move.to), 'intruder');
    };
    await run([dir], { io: { beforeMove } });
    const result = await run(['undo', dir]);
    expect(result.code, `${result.label} after a failure at c.txt: exit code`).toBe(0);
    expect(filesIn(dir), `${result.label} after a failure at c.txt: files`).toEqual({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c', 'documents/c.txt': 'intruder' });
    expect(existsSync(path.join(dir, JOURNAL)), `${result.label}: the journal is removed`).toBe(false);
  });

  it('repairs every state a crash can leave', async () => {
    // The run listed five moves, then the machine stopped. On disk:
    const dir = makeFolder({
      'images/a.jpg': 'a', // done and marked done
      'images/b.jpg': 'b', // moved, but the crash came before the journal said so
      'c.jpg': 'c', // never moved
      'd.jpg': 'd', // linked to images/d.jpg but not yet unlinked (added below)
      'e.jpg': 'e', // never moved, and another program put its own images/e.jpg there
      'images/e.jpg': 'someone else',
    });
    linkSync(path.join(dir, 'd.jpg'), path.join(dir, 'images', 'd.jpg'));
    writeJournal(dir, {
      version: 1,
      moves: [
        { from: 'a.jpg', to: 'images/a.jpg', done: true },
        { from: 'b.jpg', to: 'images/b.jpg', done: false },
        { from: 'c.jpg', to: 'images/c.jpg', done: false },
        { from: 'd.jpg', to: 'images/d.jpg', done: false },
        { from: 'e.jpg', to: 'images/e.jpg', done: false },
      ],
      // The crash came before video/ was made: undo must cope with a listed folder that is not there.
      createdDirs: ['images', 'video'],
    });
    const result = await run(['undo', dir]);
    const label = `${result.label} after a crash`;
    expect(result.code, `${label}: exit code`).toBe(0);
    expect(filesIn(dir), `${label}: files`).toEqual({ 'a.jpg': 'a', 'b.jpg': 'b', 'c.jpg': 'c', 'd.jpg': 'd', 'e.jpg': 'e', 'images/e.jpg': 'someone else' });
    expect(existsSync(path.join(dir, JOURNAL)), `${label}: the journal is removed`).toBe(false);
  });

  it('warns about a moved file that has disappeared, restores the rest and exits 1', async () => {
    const dir = makeFolder({ 'a.jpg': 'a', 'b.txt': 'b' });
    await run([dir]);
    rmSync(path.join(dir, 'images', 'a.jpg'));
    const result = await run(['undo', dir]);
    const label = `${result.label} after images/a.jpg was deleted`;
    expect(result.code, `${label}: exit code`).toBe(1);
    expect(result.stderr, `${label}: stderr`).toMatch(/^warning: /);
    expect(result.stderr, `${label}: stderr names the missing file`).toContain('images/a.jpg');
    expect(filesIn(dir), `${label}: files`).toEqual({ 'b.txt': 'b' });
    expect(existsSync(path.join(dir, JOURNAL)), `${label}: the journal is removed`).toBe(false);
  });

  it('organize, organize again, undo, organize, undo: every content survives', async () => {
    const dir = makeFolder({ 'a.jpg': 'a', 'b.jpg': 'b', 'images/a.jpg': 'old a', 'notes.md': 'n', '.hidden': 'h' });
    const before = filesIn(dir);
    const hashes = contentHashes(dir);
    for (const argv of [[dir], [dir, '--include-hidden'], ['undo', dir], [dir, '--by', 'date', '--include-hidden'], ['undo', dir]]) {
      const result = await run(argv);
      expect(result.code, `${result.label}: exit code`).toBe(0);
      expect(contentHashes(dir), `after ${result.label}: every content still there`).toEqual(hashes);
    }
    expect(filesIn(dir), 'after the whole sequence: files as at the start').toEqual(before);
  });
});

describe('Task 6: The organize command', () => {
  it('--help and -h print the usage to stdout and exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['some-dir', '--help'], ['undo', '-h']]) {
      const result = await run(argv);
      expect(result.stdout, `${result.label}: stdout`).toMatch(/^Usage: organize/);
      expect(result.stderr, `${result.label}: stderr`).toBe('');
      expect(result.code, `${result.label}: exit code`).toBe(0);
    }
  });

  it('answers wrong usage with exit 2, "error: " and the usage on stderr, and touches nothing', async () => {
    const dir = makeFolder({ 'a.txt': 'a' });
    // Each wrong command line, and a word its error line must contain.
    const cases: Array<[string[], string]> = [
      [[], 'error'], [[dir, '--nope'], '--nope'], [[dir, '-x'], '-x'], [[dir, '--by', 'size'], 'size'], [[dir, '--by'], '--by'], [[dir, 'extra'], 'extra'],
      [['undo'], 'error'], [['undo', dir, 'extra'], 'extra'], [['undo', dir, '--dry-run'], 'error'], [['undo', dir, '--by', 'type'], 'error'],
    ];
    for (const [argv, word] of cases) {
      const result = await run(argv);
      const label = result.label.replace(dir, 'DIR');
      expect(result.code, `${label}: exit code`).toBe(2);
      expect(result.stderr, `${label}: stderr`).toMatch(/^error: /);
      expect(result.stderr.split('\n')[0], `${label}: the error line names the problem`).toContain(word);
      expect(result.stderr, `${label}: stderr shows the usage`).toContain('Usage: organize');
      expect(result.stdout, `${label}: stdout`).toBe('');
      expect(filesIn(dir), `${label}: files`).toEqual({ 'a.txt': 'a' });
    }
  });

  it('exits 1 with an error on stderr when DIR is missing or is a file', async () => {
    const parent = makeFolder({ 'file.txt': 'f' });
    for (const argv of [['missing'], ['file.txt'], ['undo', 'missing'], ['undo', 'file.txt'], ['missing', '--dry-run']]) {
      const result = await run(argv, { cwd: parent });
      const named = argv[0] === 'undo' ? argv[1]! : argv[0]!;
      expect(result.code, `${result.label}: exit code`).toBe(1);
      expect(result.stderr, `${result.label}: stderr`).toMatch(/^error: /);
      expect(result.stderr, `${result.label}: the error names the folder`).toContain(named);
      expect(result.stdout, `${result.label}: stdout`).toBe('');
    }
    expect(filesIn(parent), 'after the failed commands: files').toEqual({ 'file.txt': 'f' });
  });

  it('colours at a terminal, never with NO_COLOR or when piped', async () => {
    // The spec makes only "error:" red for sure; "moved" may or may not be coloured.
    const red = await run(['missing-folder'], { tty: true, cwd: tempDir() });
    expect(red.stderr, 'organize missing-folder at a terminal: "error:" should be red').toMatch(ANSI);
    const coloured = await run([makeFolder({ 'a.txt': 'a' })], { tty: true });
    expect(coloured.stdout.replace(new RegExp(ANSI.source, 'g'), ''), 'organize DIR at a terminal without colour codes').toBe('moved a.txt -> documents/a.txt\n1 file moved\n');
    const noColor = await run([makeFolder({ 'a.txt': 'a' })], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout, 'organize DIR at a terminal with NO_COLOR=1: stdout').toBe('moved a.txt -> documents/a.txt\n1 file moved\n');
    const usage = await run(['--nope'], { tty: true, env: { NO_COLOR: '1' } });
    expect(usage.stderr, 'organize --nope at a terminal with NO_COLOR=1: stderr').not.toMatch(ANSI);
    const piped = await run(['undo', tempDir()], { tty: false });
    expect(piped.stdout, 'organize undo DIR piped: stdout').not.toMatch(ANSI);
    const error = await run(['missing-folder'], { tty: false, cwd: tempDir() });
    expect(error.stderr, 'organize missing-folder piped: stderr').not.toMatch(ANSI);
  });

  it('NO_COLOR turns colour off only when it is not empty (no-color.org)', async () => {
    for (const value of ['1', '0', 'false']) {
      const result = await run([makeFolder({ 'a.txt': 'a' })], { tty: true, env: { NO_COLOR: value } });
      expect(result.stdout, `organize DIR at a terminal with NO_COLOR=${value}: any non-empty value turns colour off`).toBe('moved a.txt -> documents/a.txt\n1 file moved\n');
      const error = await run(['missing-folder'], { tty: true, cwd: tempDir(), env: { NO_COLOR: value } });
      expect(error.stderr, `organize missing-folder at a terminal with NO_COLOR=${value}: stderr`).not.toMatch(ANSI);
    }
    const empty = await run(['missing-folder'], { tty: true, cwd: tempDir(), env: { NO_COLOR: '' } });
    expect(empty.stderr, 'organize missing-folder at a terminal with NO_COLOR="" (empty): an empty NO_COLOR does not turn colour off, "error:" stays red').toMatch(ANSI);
  });

  it('lets errors other than its own escape: they are bugs, not bad input', async () => {
    const dir = makeFolder({ 'a.txt': 'a' });
    const beforeMove = () => {
      throw new Error('hook broke');
    };
    // A failing move is the user's problem (exit 1); a broken stdout is not.
    const broken = Object.assign(new Writable(), {
      isTTY: false,
      write: (): boolean => {
        throw new Error('stdout is broken');
      },
    });
    const { main } = await loadMain();
    await expect(runMain(main, [dir, '--dry-run'], { io: { stdout: broken } }), 'organize DIR --dry-run with an io.stdout whose write() throws should reject').rejects.toThrow('stdout is broken');
    const failed = await run([dir], { io: { beforeMove } });
    expect(failed.code, 'organize DIR when the move fails: exit code').toBe(1);
    expect(failed.stderr, 'organize DIR when the move fails: stderr names the file').toContain('a.txt');
  });
});
