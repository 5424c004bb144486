import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findProject, loadCatalog } from '../lookup.js';
import { fail, ok, type CommandResult, type Context } from '../output.js';

/** Markdown with headings and code set off; the file itself stays the readable source. */
export function specCommand(ctx: Context, id: string | undefined): CommandResult {
  const found = findProject(id, loadCatalog(ctx));
  if ('error' in found) return fail(found.error, 2);
  const c = ctx.color;
  const text = readFileSync(path.join(found.project.dir, 'SPEC.md'), 'utf8');
  let inCode = false;
  const lines = text.split('\n').map((line) => {
    if (line.startsWith('```')) {
      inCode = !inCode;
      return c.dim(line);
    }
    if (inCode) return c.cyan(line);
    if (/^#{1,6} /.test(line)) return c.bold.underline(line.replace(/^#+ /, ''));
    return line;
  });
  return ok(`${lines.join('\n')}\n`);
}
