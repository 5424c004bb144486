import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchFolder } from '../src/watch.js';
import { tempDir } from './helpers.js';

describe('watchFolder', () => {
  it.each([false, true])('notices a save (polling: %s)', async (poll) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.ts'), 'one');
    let changed!: () => void;
    const noticed = new Promise<void>((resolve) => (changed = resolve));
    const watcher = watchFolder(dir, poll, () => changed());
    expect(watcher.mode).toBe(poll ? 'polling' : 'events');
    // mtime granularity: change size as well as content so a poll sees it.
    setTimeout(() => writeFileSync(path.join(dir, 'a.ts'), 'two, longer'), 50);
    await noticed;
    watcher.close();
  });
});
