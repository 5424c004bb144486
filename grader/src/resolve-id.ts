import { distance } from 'fastest-levenshtein';
import { formatId, idNumber, type PlannedProject, type Project } from './catalog.js';

export type Resolution =
  | { kind: 'found'; project: Project }
  | { kind: 'planned'; planned: PlannedProject }
  | { kind: 'unknown'; suggestions: string[] };

/** Accepts `p7`, `p07`, `07`, `7`, `log-analyzer` and `p06-log-analyzer` alike. */
export function normaliseId(input: string): string | null {
  const match = /^p?0*(\d{1,3})$/i.exec(input.trim());
  if (!match) return null;
  const n = Number(match[1]);
  return n >= 1 && n <= 100 ? formatId(n) : null;
}

export function resolveProject(input: string, projects: Project[], planned: PlannedProject[]): Resolution {
  const raw = input.trim().toLowerCase();
  const id = normaliseId(raw) ?? normaliseId(raw.split('-')[0] ?? '');
  const slug = raw.replace(/^p?\d+-/, '');
  const found = projects.find((p) => p.id === id || p.slug === slug || p.name === raw);
  if (found) return { kind: 'found', project: found };
  const plan = planned.find((p) => p.id === id || p.slug === slug);
  if (plan) return { kind: 'planned', planned: plan };
  return { kind: 'unknown', suggestions: nearest(raw, projects, planned) };
}

function nearest(raw: string, projects: Project[], planned: PlannedProject[]): string[] {
  const names = new Map<string, string>();
  for (const p of planned) names.set(p.id, `${p.id} ${p.slug}`);
  for (const p of projects) names.set(p.id, `${p.id} ${p.slug}`);
  return [...names.entries()]
    .map(([id, label]) => {
      const slug = label.split(' ')[1] ?? '';
      const score = Math.min(distance(raw, slug), distance(raw, id), slug.includes(raw) && raw.length >= 3 ? 1 : Infinity);
      return { label, score, n: idNumber(id) };
    })
    .filter((c) => c.score <= Math.max(2, Math.floor(raw.length / 3)))
    .sort((a, b) => a.score - b.score || a.n - b.n)
    .slice(0, 3)
    .map((c) => c.label);
}
