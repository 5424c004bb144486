import { loadCatalog } from '../lookup.js';
import { ok, type CommandResult, type Context } from '../output.js';
import { loadProgress } from '../progress-store.js';
import { PHASES } from '../project-schema.js';

export function bar(done: number, total: number, width = 20): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

export function progressCommand(ctx: Context): CommandResult {
  const c = ctx.color;
  const { projects, planned } = loadCatalog(ctx);
  const { progress, warning } = loadProgress(ctx.workspaceDir, ctx.now());
  const lines: string[] = warning ? [c.yellow(warning), ''] : [];
  let doneAll = 0;
  for (const info of PHASES) {
    const ids = planned.filter((p) => p.phase === info.phase);
    const done = ids.filter((p) => progress.projects[p.id]?.passed).length;
    doneAll += done;
    lines.push(`${c.bold(`Phase ${info.phase}: ${info.title}`.padEnd(44))} ${bar(done, ids.length)} ${done}/${ids.length}`);
    for (const plan of ids) {
      const entry = progress.projects[plan.id];
      const available = projects.some((p) => p.id === plan.id);
      const status = entry?.passed
        ? c.green('done')
        : entry && entry.attempts > 0
          ? c.yellow(`started, best ${entry.bestScore?.passed ?? 0}/${entry.bestScore?.total ?? 0}`)
          : available
            ? 'not started'
            : c.dim('planned');
      lines.push(`  ${plan.id} ${plan.slug.padEnd(22)} ${status}`);
    }
    lines.push('');
  }
  lines.push(c.bold(`${doneAll}/${planned.length} projects done`));
  return ok(`${lines.join('\n')}\n`);
}
