import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PHASES, projectSchema, type ProjectMeta } from './project-schema.js';

export interface Project extends ProjectMeta {
  /** Absolute path of the project folder. */
  dir: string;
  /** `p07-csv-report`: the folder name, also used for the workspace copy. */
  name: string;
}

export interface PlannedProject {
  id: string;
  slug: string;
  phase: number;
  product: string;
  concepts: string;
}

export class CatalogError extends Error {}

export function phaseFolder(phase: number): string {
  const found = PHASES.find((p) => p.phase === phase);
  if (!found) throw new CatalogError(`unknown phase ${phase}`);
  return found.folder;
}

/** Every valid project in the repository, in id order; invalid ones are skipped (the self-check reports them). */
export function loadProjects(root: string): Project[] {
  return scanProjects(root).projects;
}

/** Every project folder, valid or not: the self-check fails on the problems. */
export function scanProjects(root: string): { projects: Project[]; problems: string[] } {
  const projects: Project[] = [];
  const problems: string[] = [];
  for (const { folder } of PHASES) {
    const phaseDir = path.join(root, folder);
    if (!existsSync(phaseDir)) continue;
    for (const entry of readdirSync(phaseDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || !/^p\d+-/.test(entry.name)) continue;
      const dir = path.join(phaseDir, entry.name);
      const metaFile = path.join(dir, 'project.json');
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(metaFile, 'utf8'));
      } catch (error) {
        problems.push(`${path.relative(root, metaFile)}: ${(error as Error).message}`);
        continue;
      }
      const parsed = projectSchema.safeParse(raw);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
        problems.push(`${path.relative(root, metaFile)} is invalid: ${issues}`);
        continue;
      }
      projects.push({ ...parsed.data, dir, name: entry.name });
    }
  }
  projects.sort((a, b) => idNumber(a.id) - idNumber(b.id));
  return { projects, problems };
}

export function idNumber(id: string): number {
  return Number(id.replace(/^p/, ''));
}

export function formatId(n: number): string {
  return `p${String(n).padStart(2, '0')}`;
}

/** The 100 planned projects, read from the outline's tables (`| p07 csv-report | product | concepts | probes |`). */
export function loadOutline(outlineFile: string): PlannedProject[] {
  if (!existsSync(outlineFile)) return [];
  const planned: PlannedProject[] = [];
  for (const line of readFileSync(outlineFile, 'utf8').split('\n')) {
    const match = /^\|\s*(p\d+)\s+([a-z0-9-]+)\s*\|([^|]*)\|([^|]*)\|/.exec(line);
    if (!match) continue;
    const [, id = '', slug = '', product = '', concepts = ''] = match;
    const n = idNumber(id);
    const phase = PHASES.find((p) => n >= p.range[0] && n <= p.range[1])?.phase ?? 0;
    planned.push({ id: formatId(n), slug, phase, product: product.trim(), concepts: concepts.trim() });
  }
  return planned;
}

/** Where the outline lives: `../shared/` beside the repository, or `docs/` inside it. */
export function outlinePath(root: string): string {
  const candidates = [path.join(root, 'docs/curriculum-outline.md'), path.join(root, '../shared/curriculum-outline.md')];
  return candidates.find((file) => existsSync(file)) ?? candidates[0]!;
}
