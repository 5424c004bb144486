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
    if (!isValidDay(input.date)) throw new LedgerError(`"${input.date}" is not a day (YYYY-MM-DD)`);
    if (!isAmount(input.amount) || input.amount === 0) throw new LedgerError(`${input.amount} is not an amount in cents (a whole number, not 0)`);
    const category = normalizeCategory(input.category);
    if (category === null) throw new LedgerError(`"${input.category}" is not a category (letters, digits, - and _, at most 30)`);
    // A hand-edited file may hold a nextId that is already used: ids must stay unique.
    const highest = Math.max(0, ...this.#expenses.map((expense) => expense.id));
    const id = Math.max(this.#nextId, highest + 1);
    const expense: Expense = { id, date: input.date, amount: input.amount, category, note: cleanNote(input.note ?? '') };
    this.#expenses.push(expense);
    this.#nextId = id + 1;
    return { ...expense };
  }

  /** Removes the expense and returns it; its id is never given again. Throws LedgerError. */
  remove(id: number): Expense {
    const index = this.#expenses.findIndex((expense) => expense.id === id);
    if (index === -1) throw new LedgerError(`no expense #${id}`);
    const [removed] = this.#expenses.splice(index, 1);
    return removed!;
  }

  /** Sets the monthly budget of a category in cents (0 or more), or removes it with null. */
  setBudget(category: string, cents: number | null): void {
    const name = normalizeCategory(category);
    if (name === null) throw new LedgerError(`"${category}" is not a category`);
    if (cents === null) {
      this.#budgets.delete(name);
      return;
    }
    if (!isAmount(cents) || cents < 0) throw new LedgerError(`${cents} is not a budget in cents (a whole number, 0 or more)`);
    this.#budgets.set(name, cents);
  }

  /** The expenses, oldest first, optionally only those of one month ("2026-01") or category. */
  list(filter: { month?: string; category?: string } = {}): Expense[] {
    const category = filter.category === undefined ? undefined : normalizeCategory(filter.category);
    return this.#expenses
      .filter((expense) => filter.month === undefined || monthOfDay(expense.date) === filter.month)
      .filter((expense) => category === undefined || expense.category === category)
      .sort(byDateThenId)
      .map((expense) => ({ ...expense }));
  }

  /**
   * Spent, budget and remaining per category for one month. A budget is the same every month
   * and starts from zero each month: what was spent in January never counts against February.
   */
  report(month: string): MonthReport {
    if (!isValidMonth(month)) throw new LedgerError(`"${month}" is not a month (YYYY-MM)`);
    const spent = new Map<string, number>();
    let total = 0;
    const expenses = this.list({ month });
    for (const expense of expenses) {
      spent.set(expense.category, (spent.get(expense.category) ?? 0) + expense.amount);
      total += expense.amount;
    }
    const names = [...new Set([...spent.keys(), ...this.#budgets.keys()])].sort((a, b) => a.localeCompare(b));
    const categories = names.map((category): CategoryReport => {
      const categorySpent = spent.get(category) ?? 0;
      const budget = this.#budgets.get(category) ?? null;
      return { category, spent: categorySpent, budget, remaining: budget === null ? null : budget - categorySpent };
    });
    return { month, categories, total, count: expenses.length };
  }

  /** What goes into the data file; JSON.stringify(ledger) calls this. Budgets sorted by name. */
  toJSON(): LedgerData {
    const budgets = Object.fromEntries([...this.#budgets].sort(([a], [b]) => (a < b ? -1 : 1)));
    return { nextId: this.#nextId, expenses: this.#expenses.map((expense) => ({ ...expense })), budgets };
  }
}
