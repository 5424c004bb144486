import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The folder holding the implementation under test (a learner's workspace copy, a starter or a
 * reference solution). The grader passes it in B100_IMPL; a relative value is resolved against
 * the working directory so that sandboxed copies (mutation testing) find their own files.
 */
export function implDir(): string {
  const dir = process.env.B100_IMPL;
  if (!dir) {
    throw new Error('B100_IMPL is not set: run suites through the grader (npm run grade <id>).');
  }
  return path.resolve(process.cwd(), dir);
}

export function implPath(relPath: string): string {
  return path.join(implDir(), relPath);
}

/** A learner-facing failure: its message is shown as it is, without a stack. */
export class ContractError extends Error {
  override name = 'ContractError';
}

/**
 * Loads a module of the implementation lazily, inside the test that needs it, so that a missing
 * file or export fails that check with a clear message instead of breaking the whole run.
 */
export async function load<T extends object>(relPath: string, exportNames: readonly string[] = []): Promise<T> {
  const file = implPath(relPath);
  if (!existsSync(file)) {
    throw new ContractError(`The file ${relPath} is missing: create it in ${implDir()} (see the Interface section of SPEC.md).`);
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new ContractError(`${relPath} could not be loaded. ${reason}`);
  }
  const missing = exportNames.filter((name) => !(name in mod) || mod[name] === undefined);
  if (missing.length > 0) {
    const list = missing.map((name) => `\`${name}\``).join(', ');
    throw new ContractError(`${relPath} does not export ${list}: add \`export\` in front of ${missing.length > 1 ? 'them' : 'it'} (see the Interface section of SPEC.md).`);
  }
  return mod as T;
}
