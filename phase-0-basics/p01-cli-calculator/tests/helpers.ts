// Shared by the p01 suites: the module shapes SPEC.md's Interface promises, lazy loaders, and
// assertions whose messages name the input, so a learner sees what was evaluated.
import { load, runMain, type CliResult, type MainFn, type RunMainOptions } from '#testkit';
import { expect } from 'vitest';

export { ANSI } from '#testkit';

export interface TokenShape {
  kind: string;
  text: string;
  column: number;
  value?: number;
}

export type CalcErrorClass = new (message: string, column: number) => Error & { column: number };

export const loadErrors = () => load<{ CalcError: CalcErrorClass }>('src/errors.ts', ['CalcError']);
export const loadTokenizer = () => load<{ tokenize: (source: string) => TokenShape[] }>('src/tokenizer.ts', ['tokenize']);
export const loadEvaluate = () => load<{ evaluate: (source: string) => number }>('src/evaluate.ts', ['evaluate']);
export const loadFormat = () => load<{ formatNumber: (value: number) => string }>('src/format.ts', ['formatNumber']);
export const loadMain = () => load<{ main: MainFn }>('src/main.ts', ['main']);

/** `evaluate("2 + 3")`: how checks name a call in their messages. */
export function callText(name: string, args: readonly unknown[]): string {
  return `${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;
}

function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return JSON.stringify(value) ?? String(value);
}

/** Only the fields the spec promises, so that extra fields on a token never fail a check. */
export function tokenFields(token: TokenShape): TokenShape {
  const fields: TokenShape = { kind: token.kind, text: token.text, column: token.column };
  if (token.kind === 'number') fields.value = token.value;
  return fields;
}

export const num = (text: string, column: number, value = Number(text)): TokenShape => ({ kind: 'number', text, column, value });
export const op = (text: string, column: number): TokenShape => ({ kind: 'operator', text, column });
export const paren = (text: string, column: number): TokenShape => ({ kind: 'paren', text, column });

/** Calls `fn(source)` and fails with a readable message when it throws instead of returning. */
export function callOrFail<T>(label: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    return expect.fail(`${label} threw ${describeValue(error)}`);
  }
}

export async function expectTokens(source: string, expected: TokenShape[]): Promise<void> {
  const { tokenize } = await loadTokenizer();
  const label = callText('tokenize', [source]);
  const tokens = callOrFail(label, () => tokenize(source));
  expect(Array.isArray(tokens), `${label} should return an array`).toBe(true);
  expect(tokens.map(tokenFields), label).toEqual(expected);
}

/** Each [source, value] pair: evaluate(source) must be exactly value (use only exact cases). */
export async function expectValues(cases: ReadonlyArray<readonly [string, number]>): Promise<void> {
  const { evaluate } = await loadEvaluate();
  for (const [source, value] of cases) {
    const label = callText('evaluate', [source]);
    expect(callOrFail(label, () => evaluate(source)), label).toBe(value);
  }
}

/**
 * `fn(source)` must throw a CalcError (the class from src/errors.ts) with this column and, when
 * given, this message.
 */
export async function expectCalcError(fnName: 'tokenize' | 'evaluate', source: string, column: number, message?: string): Promise<void> {
  const { CalcError } = await loadErrors();
  const fn = fnName === 'tokenize' ? (await loadTokenizer()).tokenize : (await loadEvaluate()).evaluate;
  const label = callText(fnName, [source]);
  let returned: unknown;
  let thrown: unknown;
  let threw = false;
  try {
    returned = fn(source);
  } catch (error) {
    threw = true;
    thrown = error;
  }
  if (!threw) expect.fail(`${label} should throw a CalcError, but it returned ${describeValue(returned)}`);
  expect(thrown, `${label} should throw a CalcError (the class in src/errors.ts), but threw ${describeValue(thrown)}`).toBeInstanceOf(CalcError);
  const error = thrown as { column?: unknown; message?: unknown };
  expect(error.column, `${label}: the CalcError's column`).toBe(column);
  if (message !== undefined) expect(error.message, `${label}: the CalcError's message`).toBe(message);
}

/** Runs the learner's main with in-memory streams. */
export async function run(argv: string[], options?: RunMainOptions): Promise<CliResult & { label: string }> {
  const { main } = await loadMain();
  const label = callText('main', [argv]);
  const result = await runMain(main, argv, options);
  return { ...result, label };
}

