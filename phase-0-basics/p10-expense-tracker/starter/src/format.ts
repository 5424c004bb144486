// What the commands print. Pure functions from data to text, so the exact formats of SPEC.md
// live in one place. Colour comes in as a chalk instance that is plain when colour is off.
import type { ChalkInstance } from 'chalk';
import type { CategoryReport, Expense, MonthReport } from './ledger.js';
import { formatCents } from './money.js';

/** "#3 2026-01-15 food 12.50 Lunch with Ana" (no trailing space when the note is empty). */
export function formatExpense(expense: Expense): string {
  const line = `#${expense.id} ${expense.date} ${expense.category} ${formatCents(expense.amount)}`;
  return expense.note === '' ? line : `${line} ${expense.note}`;
}

/** "Added #3: 12.50 food on 2026-01-15" and the like. */
export function formatChange(verb: 'Added' | 'Removed', expense: Expense): string {
  return `${verb} #${expense.id}: ${formatCents(expense.amount)} ${expense.category} on ${expense.date}\n`;
}

/** One line per expense and a total, or "No expenses." */
export function formatList(expenses: readonly Expense[]): string {
  if (expenses.length === 0) return 'No expenses.\n';
  const total = expenses.reduce((sum, expense) => sum + expense.amount, 0);
  return `${expenses.map(formatExpense).join('\n')}\nTotal: ${formatCents(total)}\n`;
}

function formatCategory(line: CategoryReport, chalk: ChalkInstance): string {
  // TODO (Task 4): "food: spent 120.50 of 200.00, 79.50 left", "rent: spent 800.00, no budget",
  // "travel: spent 250.00 of 200.00, 50.00 over" (the "50.00 over" in chalk.red).
  throw new Error('Not implemented: formatCategory');
}

/**
 * Report for 2026-01
 * food: spent 120.50 of 200.00, 79.50 left
 * rent: spent 800.00, no budget
 * travel: spent 250.00 of 200.00, 50.00 over
 * Total: spent 1170.50
 * A month without expenses says "No expenses." before the total.
 */
export function formatReport(report: MonthReport, chalk: ChalkInstance): string {
  // TODO (Task 4): the title (chalk.bold), one line per category, "No expenses." when
  // report.count is 0, and "Total: spent <total>"; each line ends with "\n".
  throw new Error('Not implemented: formatReport');
}
