import { loadCatalog } from '../lookup.js';
import type { CommandResult, Context } from '../output.js';
import { loadProgress } from '../progress-store.js';

/** With no verb in a terminal: choose a project, then what to do with it. */
export async function pickCommand(ctx: Context): Promise<CommandResult> {
  const { select } = await import('@inquirer/prompts');
  const { projects } = loadCatalog(ctx);
  const { progress } = loadProgress(ctx.workspaceDir, ctx.now());
  const id = await select({
    message: 'Which project?',
    pageSize: 15,
    choices: projects.map((p) => ({
      name: `${p.id} ${p.title}${progress.projects[p.id]?.passed ? '  (done)' : ''}`,
      value: p.id,
      description: p.summary,
    })),
  });
  const verb = await select({
    message: `What now with ${id}?`,
    choices: [
      { name: 'grade my code', value: 'grade' },
      { name: 'grade on every save (watch)', value: 'watch' },
      { name: 'read the spec', value: 'spec' },
      { name: 'show a hint', value: 'hint' },
      { name: 'run my app', value: 'dev' },
      { name: 'compare with the reference', value: 'solution' },
      { name: 'start over from the starter', value: 'reset' },
    ],
  });
  const { runCommand } = await import('../main.js');
  return runCommand(ctx, verb === 'watch' ? ['grade', id, '--watch'] : [verb, id]);
}
