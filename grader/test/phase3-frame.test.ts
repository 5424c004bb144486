// The grader's side of phase 3: skipped browser checks reported once with their reason, tolerated
// by the self-check only off CI, and web/ builds cached by content. Plus what mutation leaves out.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Project } from '../src/catalog.js';
import { notMutated } from '../src/mutate.js';
import { browserSkipsTolerated, formatReport, isPass } from '../src/report.js';

import type { SuiteResult } from '../src/suite-result.js';
import { stageNamePatterns } from '../src/variants.js';
import { webConfig, webHash } from '../src/web-build.js';

const project = { id: 'p41', title: 'Todo UI', tasks: [{ id: 6, title: 'Ship it', hint: 'Serve webDist.' }] } as unknown as Project;
const c = new Chalk({ level: 0 });
const NOTE = 'no Chromium on this machine. Install Chromium.';

const skipped: SuiteResult = {
  durationMs: 5,
  errors: [],
  checks: [
    { name: 'serves the app', group: 'Task 6: Ship it', taskId: 6, status: 'pass', message: '', file: 'a.ts' },
    { name: 'reload keeps todos', group: 'Task 6: Ship it', taskId: 6, status: 'skip', message: NOTE, file: 'b.ts' },
    { name: 'keyboard only', group: 'Task 6: Ship it', taskId: 6, status: 'skip', message: NOTE, file: 'b.ts' },
  ],
};

describe('phase 3 in the grader', () => {
  it('says once why checks were skipped, and does not mark the project done', () => {
    const text = formatReport(project, skipped, c);
    expect(text.match(/were skipped/g)?.length).toBe(1);
    expect(text).toContain(`2 checks were skipped: ${NOTE}`);
    expect(text.trimEnd().split('\n').at(-1)).toBe('1/3 checks passed');
    expect(isPass(skipped)).toBe(false);
  });

  it('the self-check tolerates checks skipped for want of Chromium off CI only, and no other skips', () => {
    expect(browserSkipsTolerated(skipped, {})).toBe(true);
    expect(browserSkipsTolerated(skipped, { CI: 'true' })).toBe(false);
    const other = { ...skipped, checks: skipped.checks.map((check) => (check.status === 'skip' ? { ...check, message: 'it.skip left in the suite' } : check)) };
    expect(browserSkipsTolerated(other, {})).toBe(false);
  });

  it('web/ is hashed by names and contents (not dist/), and Vite proxies /api to the API in development', () => {
    const web = mkdtempSync(path.join(tmpdir(), 'b100-web-test-'));
    mkdirSync(path.join(web, 'src'));
    writeFileSync(path.join(web, 'index.html'), '<div id="root"></div>');
    writeFileSync(path.join(web, 'src', 'App.tsx'), 'export function App() { return null; }');
    const first = webHash(web);
    mkdirSync(path.join(web, 'dist'));
    writeFileSync(path.join(web, 'dist', 'index.html'), 'built');
    expect(webHash(web)).toBe(first);
    writeFileSync(path.join(web, 'src', 'App.tsx'), 'export function App() { return <p />; }');
    expect(webHash(web)).not.toBe(first);
    const config = webConfig({ webDir: web, apiPort: 4321 });
    expect(config.configFile).toBe(false);
    expect(config.server?.proxy).toEqual({ '/api': { target: 'http://127.0.0.1:4321', changeOrigin: false } });
    expect(config.build?.outDir).toBe(path.join(web, 'dist'));
  });

  it('mutation leaves out entry files, the drizzle schema and files the starter gives as they are', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'b100-mutate-test-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };
    for (const side of ['starter', 'solution']) {
      write(`${side}/src/errors.ts`, 'export const given = 1;');
      write(`${side}/src/server.ts`, 'listen();');
      write(`${side}/src/db/schema.ts`, side === 'solution' ? 'export const t = table();' : 'export const t = 0;');
    }
    write('starter/src/routes.ts', 'throw new Error("Not implemented");');
    write('solution/src/routes.ts', 'export const routes = 1;');
    write('starter/src/db/client.ts', 'open();');
    write('solution/src/db/client.ts', 'open();');
    expect(notMutated(dir, ['src/server.ts'])).toEqual(['src/db/client.ts', 'src/db/schema.ts', 'src/errors.ts', 'src/server.ts']);
  });

  it('a stage variant runs its own tasks in full, then later ones only until one fails', () => {
    expect(stageNamePatterns({ expect: 'pass', throughTask: 2 }, [1, 2, 3, 4])).toEqual({ early: '^Task (?:1|2):', later: '^Task (?:3|4):' });
    expect(new RegExp(stageNamePatterns({ expect: 'pass', throughTask: 1 }, [1, 2, 10])!.later).test('Task 10: Ship it a check')).toBe(true);
    expect(new RegExp(stageNamePatterns({ expect: 'pass', throughTask: 1 }, [1, 2, 10])!.early).test('Task 10: Ship it a check')).toBe(false);
    expect(stageNamePatterns({ expect: 'pass' }, [1, 2])).toBeUndefined();
    expect(stageNamePatterns({ expect: 'pass', throughTask: 2 }, [1, 2])).toBeUndefined();
  });
});
