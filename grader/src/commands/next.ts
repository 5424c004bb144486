import path from 'node:path';
import { loadCatalog } from '../lookup.js';
import { ok, type CommandResult, type Context } from '../output.js';
import { loadProgress } from '../progress-store.js';

export function nextCommand(ctx: Context): CommandResult {
  const c = ctx.color;
  const { projects } = loadCatalog(ctx);
  const { progress } = loadProgress(ctx.workspaceDir, ctx.now());
  const done = (id: string) => progress.projects[id]?.passed === true;
  const next = projects.find((p) => !done(p.id) && p.prerequisites.every(done));
  if (!next) {
    const allDone = projects.every((p) => done(p.id));
    return ok(allDone ? `Every available project is done (${projects.length}). More are on the way.\n` : 'Finish the prerequisites of the remaining projects first (`npm run progress`).\n');
  }
  const lines = [
    `${c.bold(`${next.id} ${next.title}`)}: ${next.summary}`,
    `Spec:   ${path.relative(process.cwd(), path.join(next.dir, 'SPEC.md'))}  (or \`npm run spec ${next.id}\`)`,
    `Start:  npm run grade ${next.id}   creates your copy in workspace/${next.name}/ and grades it`,
  ];
  return ok(`${lines.join('\n')}\n`);
}
