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
  const amountText = await prompts.input({ message: 'Amount (e.g. 12.50, -4.00 for a refund):', validate: checkAmount });
  const categoryText = await prompts.input({
    message: 'Category:',
    validate: (value) => normalizeCategory(value) !== null || 'Letters, digits, - and _ (at most 30), e.g. food',
  });
  // An empty answer keeps the default: inquirer gives the default, a script may give "".
  const dateText = await prompts.input({
    message: 'Date (YYYY-MM-DD):',
    default: today,
    validate: (value) => value.trim() === '' || isValidDay(value.trim()) || 'A day like 2026-01-15',
  });
  const note = cleanNote(await prompts.input({ message: 'Note (optional):', default: '' }));
  const expense = { amount: parseAmount(amountText), category: normalizeCategory(categoryText)!, date: dateText.trim() || today, note };
  const summary = `${formatCents(expense.amount)} ${expense.category} on ${expense.date}${note === '' ? '' : ` (${note})`}`;
  return (await prompts.confirm({ message: `Add ${summary}?`, default: true })) ? expense : null;
}
