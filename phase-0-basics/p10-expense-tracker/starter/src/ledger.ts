// The ledger: every expense and every monthly budget, and the rules that keep them valid. It is
// a class because the data and the rules belong together: nothing outside can push an expense
// with an amount of 12.5 cents or a category of "" past `add`.
import { MAX_CENTS } from './money.js';
import { isValidDay, isValidMonth, monthOfDay } from './dates.js';

export interface Expense {
  id: number;
  /** The UTC day it was spent, "YYYY-MM-DD". */
  date: string;
  /** Whole cents; negative for a refund, never 0. */
  amount: number;
  category: string;
  /** Free text, possibly empty. */
  note: string;
}

/** What the data file holds (SPEC.md, Task 2). */
export interface LedgerData {
  nextId: number;
  expenses: Expense[];
  /** Monthly budget in cents per category. */
  budgets: Record<string, number>;
}

export interface NewExpense {
  date: string;
  amount: number;
  category: string;
  note?: string;
}

export interface CategoryReport {
  category: string;
  /** Sum of the month's expenses in this category, in cents (refunds subtract). */
  spent: number;
  /** The monthly budget, or null when the category has none. */
  budget: number | null;
  /** budget - spent: negative when over budget; null without a budget. */
  remaining: number | null;
}

export interface MonthReport {
  month: string;
  /** Every category with an expense in the month or a budget, sorted by name. */
  categories: CategoryReport[];
  /** Sum of all the month's expenses, in cents. */
  total: number;
  /** How many expenses the month has. */
  count: number;
}

/** An expense or budget that breaks the ledger's rules, or an id that is not there. */
export class LedgerError extends Error {
  override name = 'LedgerError';
}

// Letters and digits of any script, "-" and "_": "food", "café", "day-trip". Lower case, so that
// "Food" and "food" are one category.
const CATEGORY = /^[\p{L}\p{N}_-]{1,30}$/u;

/** "  Food " -> "food"; null for a name that is not a category ("", "eating out", "a/b"). */
export function normalizeCategory(text: string): string | null {
  const name = text.trim().toLowerCase();
  return CATEGORY.test(name) ? name : null;
}

/** Every run of whitespace becomes one space, none at either end. */
export function cleanNote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function emptyLedgerData(): LedgerData {
  return { nextId: 1, expenses: [], budgets: {} };
}

function isAmount(cents: number): boolean {
  return Number.isSafeInteger(cents) && Math.abs(cents) <= MAX_CENTS;
}

/** Oldest first; expenses of the same day in the order they were added. */
function byDateThenId(a: Expense, b: Expense): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id - b.id;
}

export class Ledger {
  #nextId: number;
  #expenses: Expense[];
  #budgets: Map<string, number>;

  /** Copies `data`, so that changing the ledger never changes the object it was built from. */
  constructor(data: LedgerData = emptyLedgerData()) {
    this.#nextId = data.nextId;
    this.#expenses = data.expenses.map((expense) => ({ ...expense }));
    this.#budgets = new Map(Object.entries(data.budgets));
  }

  /** Checks and adds an expense, gives it the next id and returns it. Throws LedgerError. */
  add(input: NewExpense): Expense {
    // TODO (Task 2), see SPEC.md "The Ledger class":
    // - isValidDay(input.date), an amount that is a safe integer, not 0, at most MAX_CENTS either
    //   way (isAmount below), and a category that normalizeCategory accepts: else LedgerError.
    // - id: this.#nextId, but never one that is used already (a hand-edited file): at least the
    //   highest id + 1. Then this.#nextId = id + 1.
    // - Save the category normalized and the note cleaned (cleanNote); return a copy.
    throw new Error('Not implemented: Ledger.add');
  }

  /** Removes the expense and returns it; its id is never given again. Throws LedgerError. */
  remove(id: number): Expense {
    // TODO (Task 2): findIndex, then splice. No such id: throw new LedgerError(`no expense #${id}`).
    throw new Error('Not implemented: Ledger.remove');
  }

  /** Sets the monthly budget of a category in cents (0 or more), or removes it with null. */
  setBudget(category: string, cents: number | null): void {
    // TODO (Task 4): normalizeCategory (null: LedgerError); null removes the budget from
    // this.#budgets; otherwise the cents must be a whole number, 0 or more (else LedgerError).
    throw new Error('Not implemented: Ledger.setBudget');
  }

  /** The expenses, oldest first, optionally only those of one month ("2026-01") or category. */
  list(filter: { month?: string; category?: string } = {}): Expense[] {
    // TODO (Task 2): filter by monthOfDay(expense.date) and by the normalized category when they
    // are given, sort with byDateThenId, and return copies ({ ...expense }) so that nobody can
    // change the ledger from outside.
    throw new Error('Not implemented: Ledger.list');
  }

  /**
   * Spent, budget and remaining per category for one month. A budget is the same every month
   * and starts from zero each month: what was spent in January never counts against February.
   */
  report(month: string): MonthReport {
    // TODO (Task 4):
    // - isValidMonth(month), else LedgerError.
    // - Sum this.list({ month }) per category in a Map<string, number>, and the total.
    // - The categories: those with an expense this month and those with a budget, once each
    //   (a Set), sorted by name. remaining is budget - spent, or null without a budget.
    throw new Error('Not implemented: Ledger.report');
  }

  /** What goes into the data file; JSON.stringify(ledger) calls this. Budgets sorted by name. */
  toJSON(): LedgerData {
    const budgets = Object.fromEntries([...this.#budgets].sort(([a], [b]) => (a < b ? -1 : 1)));
    return { nextId: this.#nextId, expenses: this.#expenses.map((expense) => ({ ...expense })), budgets };
  }
}
