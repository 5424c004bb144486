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

export function normalizeCategory(text: string): string | null {
  const name = text.trim().toLowerCase();
  const chars = Array.from(name);
  if (chars.length === 0 || chars.length > 30) return null;
  return chars.every((char) => /[\p{L}\p{N}]/u.test(char) || char === '-' || char === '_') ? name : null;
}

export function cleanNote(text: string): string {
  return text.split(/\s+/).filter((word) => word !== '').join(' ');
}

export function emptyLedgerData(): LedgerData {
  return { nextId: 1, expenses: [], budgets: {} };
}

const fits = (cents: number): boolean => Number.isInteger(cents) && Math.abs(cents) <= MAX_CENTS;

export class Ledger {
  // Insertion order of a Map is the order expenses were added: the data file keeps it.
  #byId = new Map<number, Expense>();
  #budgets: Record<string, number> = {};
  #counter: number;

  constructor(data?: LedgerData) {
    const source = data ?? emptyLedgerData();
    this.#counter = source.nextId;
    for (const item of source.expenses) this.#byId.set(item.id, { ...item });
    for (const [name, cents] of Object.entries(source.budgets)) this.#budgets[name] = cents;
  }

  add(input: NewExpense): Expense {
    if (typeof input.date !== 'string' || !isValidDay(input.date)) throw new LedgerError(`bad day "${input.date}"`);
    if (!fits(input.amount) || input.amount === 0) throw new LedgerError(`bad amount ${input.amount}`);
    const category = normalizeCategory(String(input.category));
    if (!category) throw new LedgerError(`bad category "${input.category}"`);
    let id = this.#counter;
    for (const known of this.#byId.keys()) if (known >= id) id = known + 1;
    const created: Expense = { id, date: input.date, amount: input.amount, category, note: cleanNote(input.note ?? '') };
    this.#byId.set(id, created);
    this.#counter = id + 1;
    return { ...created };
  }

  remove(id: number): Expense {
    const found = this.#byId.get(id);
    if (!found) throw new LedgerError(`no expense #${id}`);
    this.#byId.delete(id);
    return { ...found };
  }

  setBudget(category: string, cents: number | null): void {
    const name = normalizeCategory(category);
    if (!name) throw new LedgerError(`bad category "${category}"`);
    if (cents === null) {
      delete this.#budgets[name];
    } else if (!fits(cents) || cents < 0) {
      throw new LedgerError(`bad budget ${cents}`);
    } else {
      this.#budgets[name] = cents;
    }
  }

  list(filter: { month?: string; category?: string } = {}): Expense[] {
    const wanted = filter.category === undefined ? null : normalizeCategory(filter.category);
    const chosen: Expense[] = [];
    for (const item of this.#byId.values()) {
      if (filter.month !== undefined && monthOfDay(item.date) !== filter.month) continue;
      if (filter.category !== undefined && item.category !== wanted) continue;
      chosen.push({ ...item });
    }
    return chosen.sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
  }

  report(month: string): MonthReport {
    if (!isValidMonth(month)) throw new LedgerError(`bad month "${month}"`);
    const items = this.list({ month });
    const spentBy = items.reduce<Record<string, number>>((acc, item) => {
      acc[item.category] = (acc[item.category] ?? 0) + item.amount;
      return acc;
    }, {});
    const names = Array.from(new Set([...Object.keys(spentBy), ...Object.keys(this.#budgets)]));
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const categories: CategoryReport[] = names.map((category) => {
      const spent = spentBy[category] ?? 0;
      const budget = Object.hasOwn(this.#budgets, category) ? this.#budgets[category]! : null;
      return { category, spent, budget, remaining: budget === null ? null : budget - spent };
    });
    return { month, categories, total: items.reduce((sum, item) => sum + item.amount, 0), count: items.length };
  }

  toJSON(): LedgerData {
    const budgets: Record<string, number> = {};
    for (const name of Object.keys(this.#budgets).sort()) budgets[name] = this.#budgets[name]!;
    return { nextId: this.#counter, expenses: [...this.#byId.values()].map((item) => ({ ...item })), budgets };
  }
}
