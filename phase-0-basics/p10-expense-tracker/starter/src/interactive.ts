// Interactive add: one question at a time, for a person at a terminal. The prompt functions come
// in through `Prompts`, so tests answer them from a script; for real they are @inquirer/prompts
// (https://github.com/SBoudrias/Inquirer.js).
import { isValidDay } from './dates.js';
import { cleanNote, normalizeCategory, type NewExpense } from './ledger.js';
import { formatCents, parseAmount } from './money.js';

/** The two @inquirer/prompts functions this mode uses, reduced to the options it passes. */
export interface Prompts {
  input: (config: { message: string; default?: string; validate?: (value: string) => boolean | string }) => Promise<string>;
  confirm: (config: { message: string; default?: boolean }) => Promise<boolean>;
}

/**
 * The real prompts, loaded only when they are needed: `await import()` keeps every other command
 * from paying for a library it does not use.
 */
export async function inquirerPrompts(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<Prompts> {
  const inquirer = await import('@inquirer/prompts');
  const context = { input, output };
  return {
    input: (config) => inquirer.input(config, context),
    confirm: (config) => inquirer.confirm(config, context),
  };
}

/** Ctrl+C or Ctrl+D in a prompt rejects it with an ExitPromptError. */
export function isExitPrompt(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}

/** The amount as cents, or the reason it is refused (inquirer shows a string and asks again). */
function checkAmount(value: string): true | string {
  try {
    return parseAmount(value) === 0 ? 'The amount must not be 0' : true;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Asks amount, category, date (default: today) and note, then shows the expense and asks to
 * confirm it. Returns the expense, or null when the person answers no.
 */
export async function askExpense(prompts: Prompts, today: string): Promise<NewExpense | null> {
  // TODO (Task 6), in this order (the suite answers by position):
  // 1. prompts.input({ message: 'Amount:', validate: checkAmount })
  // 2. prompts.input for the category, validate: normalizeCategory(value) !== null || 'message'
  // 3. prompts.input for the date with default: today; validate: empty (keeps the default) or
  //    isValidDay(value.trim()) || 'message'. An empty answer means today.
  // 4. prompts.input for the note, default ''.
  // 5. prompts.confirm({ message: `Add ...?`, default: true }): false -> return null.
  throw new Error('Not implemented: askExpense');
}
