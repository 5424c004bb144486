import { loadCatalog } from '../lookup.js';
import { fail, ok, type CommandResult, type Context } from '../output.js';
import { PHASES } from '../project-schema.js';

export interface ListOptions {
  phase?: string;
  concept?: string;
}

export function listCommand(ctx: Context, options: ListOptions): CommandResult {
  const c = ctx.color;
  const { projects, planned } = loadCatalog(ctx);
  const phase = options.phase === undefined ? undefined : Number(options.phase);
  if (phase !== undefined && !PHASES.some((p) => p.phase === phase)) return fail(`--phase takes 0 to 4, not "${options.phase}".`, 2);
  const concept = options.concept?.toLowerCase();
  const lines: string[] = [];
  for (const info of PHASES) {
    if (phase !== undefined && info.phase !== phase) continue;
    const rows: string[] = [];
    for (const plan of planned.filter((p) => p.phase === info.phase)) {
      const project = projects.find((p) => p.id === plan.id);
      const concepts = project ? project.concepts.join(', ') : plan.concepts;
      if (concept && !concepts.toLowerCase().includes(concept)) continue;
      const title = project ? project.title : c.dim(`${plan.slug} (planned)`);
      rows.push(`  ${project ? c.bold(plan.id) : c.dim(plan.id)}  ${title}  ${c.dim(concepts)}`);
    }
    // Projects that exist but are missing from the outline still show.
    for (const project of projects.filter((p) => p.phase === info.phase && !planned.some((q) => q.id === p.id))) {
      if (concept && !project.concepts.join(', ').toLowerCase().includes(concept)) continue;
      rows.push(`  ${c.bold(project.id)}  ${project.title}  ${c.dim(project.concepts.join(', '))}`);
    }
    if (rows.length > 0) lines.push(c.bold.underline(`Phase ${info.phase}: ${info.title}`), ...rows, '');
  }
  if (lines.length === 0) return fail(`No project matches${concept ? ` the concept "${options.concept}"` : ''}.`, 1);
  return ok(`${lines.join('\n')}\n`);
}
