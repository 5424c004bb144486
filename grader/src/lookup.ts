import { loadOutline, loadProjects, outlinePath, type PlannedProject, type Project } from './catalog.js';
import type { Context } from './output.js';
import { resolveProject } from './resolve-id.js';

export interface Catalog {
  projects: Project[];
  planned: PlannedProject[];
}

export function loadCatalog(ctx: Pick<Context, 'root'>): Catalog {
  return { projects: loadProjects(ctx.root), planned: loadOutline(outlinePath(ctx.root)) };
}

/** Finds a project by a forgiving id, or explains in one sentence why not. */
export function findProject(input: string | undefined, catalog: Catalog): { project: Project } | { error: string } {
  if (!input) return { error: 'Which project? Give an id like p01 (see `npm run list`).' };
  const found = resolveProject(input, catalog.projects, catalog.planned);
  if (found.kind === 'found') return { project: found.project };
  if (found.kind === 'planned') {
    return { error: `${found.planned.id} ${found.planned.slug} is planned but not available yet. \`npm run next\` shows what you can do now.` };
  }
  const maybe = found.suggestions.length > 0 ? ` Did you mean ${found.suggestions.join(', ')}?` : ' `npm run list` shows every project.';
  return { error: `There is no project "${input}".${maybe}` };
}
