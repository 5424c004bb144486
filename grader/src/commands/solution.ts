import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { findProject, loadCatalog } from '../lookup.js';
import { fail, ok, type CommandResult, type Context } from '../output.js';
import { loadProgress } from '../progress-store.js';
import { workspaceCopy } from '../workspace.js';

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((rel) => !rel.split(path.sep).includes('node_modules'));
}

export interface SolutionOptions {
  id?: string;
  /** Show it even though the project is not passed yet. */
  yes?: boolean;
  /** Asks the learner; only called on a terminal. */
  confirm?: (message: string) => Promise<boolean>;
}

/** A diff from the learner's copy to the reference: what to change to arrive at the reference. */
export async function solutionCommand(ctx: Context, options: SolutionOptions): Promise<CommandResult> {
  const found = findProject(options.id, loadCatalog(ctx));
  if ('error' in found) return fail(found.error, 2);
  const { project } = found;
  const passed = loadProgress(ctx.workspaceDir, ctx.now()).progress.projects[project.id]?.passed ?? false;
  if (!passed && !options.yes) {
    const question = `${project.id} is not passed yet. Seeing the reference now spoils the exercise. Show it anyway?`;
    if (!ctx.interactive || !options.confirm) return fail(`${question.split('.')[0]}. Run it again with --yes to see the reference anyway.`, 1);
    if (!(await options.confirm(question))) return ok('Not shown. `npm run hint ' + project.id + '` gives a smaller push.\n');
  }
  const mine = workspaceCopy(ctx.workspaceDir, project);
  const reference = path.join(project.dir, 'solution');
  const all = [...new Set([...files(mine), ...files(reference)])].sort();
  const c = ctx.color;
  const parts: string[] = [];
  for (const rel of all) {
    const a = path.join(mine, rel);
    const b = path.join(reference, rel);
    const before = existsSync(a) ? readFileSync(a, 'utf8') : '';
    const after = existsSync(b) ? readFileSync(b, 'utf8') : '';
    if (before === after) continue;
    const patch = createTwoFilesPatch(`yours/${rel}`, `reference/${rel}`, before, after, '', '', { context: 3 });
    parts.push(
      patch
        .split('\n')
        .slice(1)
        .map((line) => (line.startsWith('+') ? c.green(line) : line.startsWith('-') ? c.red(line) : line.startsWith('@@') ? c.cyan(line) : line))
        .join('\n'),
    );
  }
  if (!existsSync(mine)) parts.unshift(c.yellow(`You have no copy yet (workspace/${project.name}); showing the whole reference.`));
  return ok(parts.length > 0 ? `${parts.join('\n')}\n` : 'Your copy is identical to the reference.\n');
}
