import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProgress, PROGRESS_FILE, saveProgress, updateEntry } from '../src/progress-store.js';
import { tempDir } from './helpers.js';

describe('progress file', () => {
  it('starts empty when there is no file', () => {
    const { progress, warning } = loadProgress(tempDir());
    expect(progress.projects).toEqual({});
    expect(warning).toBeUndefined();
  });

  it('round-trips and leaves no temporary file behind', () => {
    const dir = tempDir();
    updateEntry(dir, 'p01', (e) => ({ ...e, attempts: e.attempts + 1 }));
    updateEntry(dir, 'p01', (e) => ({ ...e, attempts: e.attempts + 1 }));
    expect(loadProgress(dir).progress.projects.p01?.attempts).toBe(2);
    expect(readdirSync(dir)).toEqual([PROGRESS_FILE]);
    expect(readFileSync(path.join(dir, PROGRESS_FILE), 'utf8')).toContain('\n  "version": 1');
  });

  it.each([
    ['not JSON', '{"version": 1, "projects": {'],
    ['the wrong shape', '{"version": 1, "projects": {"p01": {"passed": "yes"}}}'],
    ['an empty file', ''],
  ])('keeps a corrupted file (%s) as a backup and starts afresh', (_name, content) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, PROGRESS_FILE), content);
    const { progress, warning } = loadProgress(dir, new Date('2026-03-01T10:00:00Z'));
    expect(progress.projects).toEqual({});
    expect(warning).toMatch(/could not be read/);
    const backup = readdirSync(dir).find((f) => f.startsWith(`${PROGRESS_FILE}.corrupt-`));
    expect(backup).toBeDefined();
    expect(readFileSync(path.join(dir, backup!), 'utf8')).toBe(content);
    saveProgress(dir, progress);
    expect(existsSync(path.join(dir, PROGRESS_FILE))).toBe(true);
  });
});
