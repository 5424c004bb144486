import { describe, expect, it } from 'vitest';
import { loadOutline, loadProjects, outlinePath } from '../src/catalog.js';
import { ROOT } from '../src/paths.js';
import { resolveProject } from '../src/resolve-id.js';
import { exportedNames } from '../src/structure.js';
import { tempDir } from './helpers.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

describe('catalog', () => {
  const planned = loadOutline(outlinePath(ROOT));
  const projects = loadProjects(ROOT);

  it('reads all 100 planned projects from the outline, in order, with their phases', () => {
    expect(planned).toHaveLength(100);
    expect(planned[0]).toMatchObject({ id: 'p01', slug: 'cli-calculator', phase: 0 });
    expect(planned[99]).toMatchObject({ id: 'p100', slug: 'studio', phase: 4 });
    expect(planned.find((p) => p.id === 'p21')?.phase).toBe(2);
  });

  it('resolves forgiving ids and slugs, and knows planned projects', () => {
    const any = projects[0]!;
    expect(resolveProject(any.id.replace('p0', 'p'), projects, planned)).toMatchObject({ kind: 'found', project: { id: any.id } });
    expect(resolveProject(any.slug, projects, planned)).toMatchObject({ kind: 'found', project: { id: any.id } });
    expect(resolveProject(any.name, projects, planned)).toMatchObject({ kind: 'found' });
    expect(resolveProject('studio', projects, planned)).toMatchObject({ kind: 'planned', planned: { id: 'p100' } });
  });

  it('suggests the nearest projects for a typo', () => {
    const found = resolveProject('log-analyser', projects, planned);
    expect(found).toMatchObject({ kind: 'unknown' });
    expect(found.kind === 'unknown' && found.suggestions[0]).toBe('p06 log-analyzer');
    expect(resolveProject('zzzzzzzzzzzz', projects, planned)).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('lists exported names by parsing', () => {
    const file = path.join(tempDir(), 'm.ts');
    writeFileSync(file, 'export function a() {}\nexport const b = 1, c = 2;\nexport interface D {}\nexport type E = 1;\nexport class F {}\nconst g = 1;\nexport { g as h };\nfunction internal() {}\n');
    expect(exportedNames(file)).toEqual(['D', 'E', 'F', 'a', 'b', 'c', 'h']);
  });
});
