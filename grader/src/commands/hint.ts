import { findProject, loadCatalog } from '../lookup.js';
import { fail, ok, type CommandResult, type Context } from '../output.js';
import { updateEntry } from '../progress-store.js';

/** One more hint each time, from a nudge to nearly the answer; the count lives in the progress file. */
export function hintCommand(ctx: Context, id: string | undefined): CommandResult {
  const found = findProject(id, loadCatalog(ctx));
  if ('error' in found) return fail(found.error, 2);
  const { project } = found;
  let shown = 0;
  const { warning } = updateEntry(ctx.workspaceDir, project.id, (entry) => {
    shown = Math.min(entry.hintsShown + 1, project.hints.length);
    return { ...entry, hintsShown: shown };
  });
  const c = ctx.color;
  const lines = project.hints.slice(0, shown).map((hint, i) => `${c.cyan(`Hint ${i + 1}/${project.hints.length}:`)} ${hint}`);
  if (shown === project.hints.length) lines.push(c.dim('That was the last hint. The first failure in `npm run grade` also names a hint for its task.'));
  else lines.push(c.dim(`Run it again for hint ${shown + 1}.`));
  return ok(`${warning ? `${c.yellow(warning)}\n` : ''}${lines.join('\n')}\n`);
}
