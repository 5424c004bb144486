import path from 'node:path';
import { findProject, loadCatalog } from '../lookup.js';
import { fail, ok, type CommandResult, type Context } from '../output.js';
import { resetWorkspace } from '../workspace.js';

export function resetCommand(ctx: Context, id: string | undefined): CommandResult {
  const found = findProject(id, loadCatalog(ctx));
  if ('error' in found) return fail(found.error, 2);
  const { dir, movedTo } = resetWorkspace(ctx.workspaceDir, found.project, ctx.now());
  const rel = (p: string) => path.relative(process.cwd(), p);
  const lines = [movedTo ? `Your previous copy is kept in ${rel(movedTo)}/.` : 'You had no copy yet.', `${rel(dir)}/ now holds a fresh starter.`];
  return ok(`${lines.join('\n')}\n`);
}
