// Hidden suite for p01 cli-calculator: every task of SPEC.md, through its Interface only
// (tokenize, evaluate, CalcError, formatNumber, main). real-cli.test.ts adds three checks that
// run the real src/cli.ts. One file keeps the report in task order.
import { Writable } from 'node:stream';
import { runMain, terminalStdin } from '#testkit';
import { describe, expect, it } from 'vitest';
import {
  ANSI, callOrFail, callText, expectCalcError, expectTokens, expectValues, loadErrors, loadEvaluate, loadFormat, loadMain, loadTokenizer, num, op, paren, run, tokenFields,
} from './helpers.js';

const ANSI_ALL = new RegExp(ANSI.source, 'g');

/** A stdin that says it is a terminal, as process.stdin does when a person types. */
describe('Task 1: Tokenize the input', () => {
  it('splits "12 + 3" into a number, an operator and a number with their columns', async () => {
    await expectTokens('12 + 3', [num('12', 1), op('+', 4), num('3', 6)]);
  });

  it('knows every operator and both parentheses, with or without spaces', async () => {
    await expectTokens('(1+2)*3-4/5%6^7', [
      paren('(', 1), num('1', 2), op('+', 3), num('2', 4), paren(')', 5), op('*', 6), num('3', 7), op('-', 8),
      num('4', 9), op('/', 10), num('5', 11), op('%', 12), num('6', 13), op('^', 14), num('7', 15),
    ]);
  });

  it('reads decimals and exponents as one number token with its value', async () => {
    await expectTokens('3.25 2e3 1.5E-2 7e+1 007', [
      num('3.25', 1, 3.25), num('2e3', 6, 2000), num('1.5E-2', 10, 0.015), num('7e+1', 17, 70), num('007', 22, 7),
    ]);
  });

  it('makes "-" its own operator token, never part of a number', async () => {
    await expectTokens('-3', [op('-', 1), num('3', 2)]);
    await expectTokens('2-3', [num('2', 1), op('-', 2), num('3', 3)]);
    await expectTokens('2e-3-1', [num('2e-3', 1, 0.002), op('-', 5), num('1', 6)]);
  });

  it('skips whitespace (spaces, tabs, newlines) but counts it in columns', async () => {
    await expectTokens('  7\t+\n 8  ', [num('7', 3), op('+', 5), num('8', 8)]);
  });

  it('returns no tokens for empty or blank input', async () => {
    await expectTokens('', []);
    await expectTokens('   ', []);
    await expectTokens('\t', []);
  });

  it('CalcError is an Error with a name, a message and a column', async () => {
    const { CalcError } = await loadErrors();
    const error = new CalcError('boom', 3);
    expect(error instanceof Error, 'new CalcError("boom", 3) instanceof Error').toBe(true);
    expect(error.name, 'new CalcError("boom", 3).name').toBe('CalcError');
    expect(error.message, 'new CalcError("boom", 3).message').toBe('boom');
    expect(error.column, 'new CalcError("boom", 3).column').toBe(3);
  });

  it('throws CalcError "unknown character" with the column of the first bad character', async () => {
    await expectCalcError('tokenize', '2 $ 3', 3, 'unknown character "$"');
    await expectCalcError('tokenize', 'x', 1, 'unknown character "x"');
    await expectCalcError('tokenize', '12 + y', 6, 'unknown character "y"');
    await expectCalcError('tokenize', '4 = 4', 3, 'unknown character "="');
  });

  it('accepts only the number forms the spec allows (no hex, commas, underscores, bare dots)', async () => {
    await expectCalcError('tokenize', '3,5', 2, 'unknown character ","');
    await expectCalcError('tokenize', '0x10', 2, 'unknown character "x"');
    await expectCalcError('tokenize', '1_000', 2, 'unknown character "_"');
    await expectCalcError('tokenize', '.5', 1, 'unknown character "."');
    await expectCalcError('tokenize', '5.', 2, 'unknown character "."');
    await expectCalcError('tokenize', '1.5.2', 4, 'unknown character "."');
    await expectCalcError('tokenize', '1e', 2, 'unknown character "e"');
  });

  it('throws CalcError "number too large" for a literal no number can hold', async () => {
    await expectCalcError('tokenize', '1e309', 1, 'number too large');
    await expectCalcError('tokenize', `2 + ${'9'.repeat(400)}`, 5, 'number too large');
  });

  it('lets a tiny literal become 0 or stay tiny, without an error', async () => {
    await expectTokens('1e-400', [num('1e-400', 1, 0)]);
    await expectTokens('5e-324', [num('5e-324', 1, 5e-324)]);
  });
});

describe('Task 2: Precedence and associativity', () => {
  it('computes each operator on its own', async () => {
    await expectValues([
      ['42', 42], ['2 + 3', 5], ['7 - 10', -3], ['6 * 7', 42], ['7 / 2', 3.5], ['7 % 4', 3], ['5.5 % 2', 1.5],
      ['2 ^ 10', 1024], ['4 ^ 0.5', 2], ['2e3 / 4', 500], ['0.5 + 0.25', 0.75],
    ]);
  });

  it('does * / % before + and -', async () => {
    await expectValues([['2 + 3 * 4', 14], ['2 * 3 + 4', 10], ['10 - 2 * 3', 4], ['1 + 6 / 3', 3], ['10 - 7 % 4', 7], ['1 + 2 * 3 - 4 / 2', 5], ['2+3*4', 14]]);
  });

  it('does ^ before * / + -', async () => {
    await expectValues([['2 * 3 ^ 2', 18], ['3 ^ 2 * 2', 18], ['2 + 3 ^ 2', 11], ['36 / 3 ^ 2', 4], ['10 - 2 ^ 3', 2]]);
  });

  it('groups + and - from the left', async () => {
    await expectValues([['10 - 4 - 3', 3], ['1 - 2 + 3', 2], ['10 - 1 - 1 - 1', 7]]);
  });

  it('groups * / % from the left, all at the same level', async () => {
    await expectValues([['100 / 10 / 5', 2], ['8 / 2 * 4', 16], ['7 % 4 * 2', 6], ['2 * 7 % 4', 2], ['17 % 10 % 4', 3], ['12 / 4 % 2', 1]]);
  });

  it('groups ^ from the right', async () => {
    await expectValues([['2 ^ 3 ^ 2', 512], ['2 ^ 2 ^ 3', 256], ['3 ^ 1 ^ 2', 3]]);
  });

  it('handles a long expression (10,000 numbers)', async () => {
    const { evaluate } = await loadEvaluate();
    const source = `${'1 + '.repeat(9_999)}1`;
    expect(callOrFail('evaluate("1 + 1 + ... + 1") with 10,000 ones', () => evaluate(source)), 'evaluate("1 + 1 + ... + 1") with 10,000 ones').toBe(10_000);
  });
});

describe('Task 3: Parentheses and unary minus', () => {
  it('evaluates the headline example', async () => {
    await expectValues([['2 + 3 * (4 - 1)', 11]]);
  });

  it('evaluates what is inside parentheses first', async () => {
    await expectValues([
      ['(2 + 3) * 4', 20], ['2 * (3 + 4)', 14], ['100 / (10 / 5)', 50], ['10 - (4 - 3)', 9], ['(2 ^ 3) ^ 2', 64],
      ['2 ^ (1 + 2)', 8], ['(1 + 2) * (3 + 4)', 21], ['(((1 + 2) * 3) - 4) ^ 2', 25],
    ]);
  });

  it('accepts nested and redundant parentheses and spaces inside them', async () => {
    await expectValues([['((((7))))', 7], ['( 2 )', 2], ['(((2)) * ((3)))', 6]]);
  });

  it('negates with a leading minus, also repeated', async () => {
    await expectValues([['-3', -3], ['--3', 3], ['---3', -3], ['-(2 + 3)', -5], ['-(-(2))', 2], ['4 * -(1 - 3)', 8]]);
  });

  it('tells a subtraction from a negation', async () => {
    await expectValues([['2 - -3', 5], ['2--3', 5], ['-3 * -3', 9], ['-2 - -2', 0], ['-6 / -2 / -3', -1], ['1 - 2', -1]]);
  });

  it('binds unary minus more loosely than ^ but allows it in an exponent', async () => {
    await expectValues([['-2 ^ 2', -4], ['(-2) ^ 2', 4], ['2 ^ -1', 0.5], ['-2 ^ -2', -0.25], ['2 * -3 ^ 2', -18], ['2 ^ -2 ^ 2', 0.0625], ['-2 ^ 3 ^ 2', -512]]);
  });

  it('binds unary minus more tightly than %, which keeps the sign of its left side', async () => {
    await expectValues([['-7 % 3', -1], ['7 % -3', 1], ['-7 % -3', -1]]);
  });
});

describe('Task 4: Errors with a column', () => {
  it('rejects empty and blank input with "empty expression" at column 1', async () => {
    await expectCalcError('evaluate', '', 1, 'empty expression');
    await expectCalcError('evaluate', '   ', 1, 'empty expression');
    await expectCalcError('evaluate', '\t', 1, 'empty expression');
  });

  it('reports unknown characters from evaluate too (and does not run JavaScript)', async () => {
    await expectCalcError('evaluate', '2 + x', 5, 'unknown character "x"');
    await expectCalcError('evaluate', '2 + 3; process.exit(1)', 6, 'unknown character ";"');
    await expectCalcError('evaluate', 'Math.PI', 1, 'unknown character "M"');
    await expectCalcError('evaluate', 'Infinity', 1, 'unknown character "I"');
  });

  it('reports a "(" that is never closed as missing ")" where the ")" should be', async () => {
    await expectCalcError('evaluate', '(2 + 3', 7, 'missing ")"');
    await expectCalcError('evaluate', '((1)', 5, 'missing ")"');
    await expectCalcError('evaluate', '2 * (3 + (4 - 1)', 17, 'missing ")"');
    await expectCalcError('evaluate', '(2 + 3 4', 8, 'missing ")"');
  });

  it('reports a ")" with nothing to close as unexpected', async () => {
    await expectCalcError('evaluate', '2 + 3)', 6, 'unexpected ")"');
    await expectCalcError('evaluate', '(1))', 4, 'unexpected ")"');
    await expectCalcError('evaluate', ')(', 1, 'unexpected ")"');
    await expectCalcError('evaluate', '()', 2, 'unexpected ")"');
  });

  it('reports a token where none of its kind can go as unexpected, quoting its text', async () => {
    await expectCalcError('evaluate', '2 + * 3', 5, 'unexpected "*"');
    await expectCalcError('evaluate', '2 ** 3', 4, 'unexpected "*"');
    await expectCalcError('evaluate', '* 2', 1, 'unexpected "*"');
    await expectCalcError('evaluate', '+ 3', 1, 'unexpected "+"');
    await expectCalcError('evaluate', '2 3.50', 3, 'unexpected "3.50"');
    await expectCalcError('evaluate', '2 (3)', 3, 'unexpected "("');
  });

  it('reports input that stops too early at one column past its last character', async () => {
    await expectCalcError('evaluate', '2 +', 4, 'unexpected end of input');
    await expectCalcError('evaluate', '-', 2, 'unexpected end of input');
    await expectCalcError('evaluate', '(', 2, 'unexpected end of input');
    await expectCalcError('evaluate', '2 ^', 4, 'unexpected end of input');
    await expectCalcError('evaluate', '(2 * ', 6, 'unexpected end of input');
  });

  it('reports division by zero at the column of the / or %', async () => {
    await expectCalcError('evaluate', '1 / 0', 3, 'division by zero');
    await expectCalcError('evaluate', '5 % 0', 3, 'division by zero');
    await expectCalcError('evaluate', '0 / 0', 3, 'division by zero');
    await expectCalcError('evaluate', '1 / -0', 3, 'division by zero');
    await expectCalcError('evaluate', '1 / (2 - 2)', 3, 'division by zero');
    await expectCalcError('evaluate', '4 / 2 / 0', 7, 'division by zero');
    await expectCalcError('evaluate', '1 / (1e-300 * 1e-300)', 3, 'division by zero');
  });

  it('reports a result too large for a number at the column of its operator', async () => {
    await expectCalcError('evaluate', '1e308 * 10', 7, 'number too large');
    await expectCalcError('evaluate', '-1e308 * 10', 8, 'number too large');
    await expectCalcError('evaluate', '1e308 + 1e308', 7, 'number too large');
    await expectCalcError('evaluate', '-1e308 - 1e308', 8, 'number too large');
    await expectCalcError('evaluate', '2 ^ 1024', 3, 'number too large');
    await expectCalcError('evaluate', '1 / 1e-320', 3, 'number too large');
    await expectCalcError('evaluate', '2 * 1e999', 5, 'number too large');
  });

  it('reports a power with no real result as "not a real number"', async () => {
    await expectCalcError('evaluate', '(-8) ^ (1 / 3)', 6, 'not a real number');
    await expectCalcError('evaluate', '(-1) ^ 0.5', 6, 'not a real number');
  });

  it('computes huge and tiny results that are still numbers', async () => {
    await expectValues([
      ['1e308 * 1', 1e308], ['1e308 * 1.5', 1.5e308], ['2 ^ 1023', 2 ** 1023], ['-1e308 - 1e307', -1.1e308],
      ['1e-300 * 1e-300', 0], ['5e-324', 5e-324], ['5e-324 / 2', 0], ['1e-400', 0], ['0.000001 * 0.000001', 1e-12],
    ]);
  });

  it('does not mistake valid input near the limits for an error', async () => {
    await expectValues([['0', 0], ['0 / 5', 0], ['0 % 5', 0], ['0 ^ 0', 1], ['1e308', 1e308], ['(-8) ^ 2', 64], ['8 ^ (1 / 3)', 2]]);
    const { tokenize } = await loadTokenizer();
    expect(callOrFail('tokenize("1e308")', () => tokenize('1e308')).map(tokenFields), 'tokenize("1e308")').toEqual([num('1e308', 1)]);
  });
});

describe('Task 5: The calc command', () => {
  it('formatNumber rounds to 15 significant digits and prints like String()', async () => {
    const { formatNumber } = await loadFormat();
    const cases: Array<[number, string]> = [
      [5, '5'], [-2.5, '-2.5'], [100, '100'], [0.1 + 0.2, '0.3'], [1 / 3, '0.333333333333333'], [2 / 3, '0.666666666666667'],
      [Math.SQRT2, '1.4142135623731'], [123456789000, '123456789000'], [2 ** 53, '9007199254740990'],
    ];
    for (const [value, text] of cases) {
      const label = callText('formatNumber', [value]);
      expect(callOrFail(label, () => formatNumber(value)), label).toBe(text);
    }
  });

  it('formatNumber prints -0 as 0, and huge and tiny numbers with an exponent', async () => {
    const { formatNumber } = await loadFormat();
    const cases: Array<[number, string]> = [
      [-0, '0'], [1e21, '1e+21'], [-1e21, '-1e+21'], [1e20, '100000000000000000000'], [0.000001, '0.000001'], [1e-7, '1e-7'],
      [0.000001 * 0.000001, '1e-12'], [5e-324, '5e-324'], [Number.MAX_VALUE, '1.7976931348623157e+308'],
    ];
    for (const [value, text] of cases) {
      // JSON.stringify would show -0 as 0 and hide which number was meant.
      const label = Object.is(value, -0) ? 'formatNumber(-0)' : value === Number.MAX_VALUE ? 'formatNumber(Number.MAX_VALUE)' : callText('formatNumber', [value]);
      expect(callOrFail(label, () => formatNumber(value)), label).toBe(text);
    }
  });

  it('prints the value of the expression argument and exits 0', async () => {
    const result = await run(['2 + 3 * (4 - 1)']);
    expect(result.stdout, `${result.label}: stdout`).toBe('11\n');
    expect(result.stderr, `${result.label}: stderr`).toBe('');
    expect(result.code, `${result.label}: exit code`).toBe(0);
  });

  it('prints results with formatNumber', async () => {
    const cases: Array<[string, string]> = [['0.1 + 0.2', '0.3\n'], ['10 ^ 21', '1e+21\n'], ['1e-300 * 1e-300', '0\n'], ['0 * -1', '0\n'], ['2 ^ 0.5', '1.4142135623731\n']];
    for (const [expression, printed] of cases) {
      const result = await run([expression]);
      expect(result.stdout, `${result.label}: stdout`).toBe(printed);
      expect(result.code, `${result.label}: exit code`).toBe(0);
    }
  });

  it('takes an argument that starts with "-" and a digit or "(" as an expression, not an option', async () => {
    const cases: Array<[string, string]> = [['-2 ^ 2', '-4\n'], ['--3', '3\n'], ['-(1 + 2)', '-3\n']];
    for (const [expression, printed] of cases) {
      const result = await run([expression]);
      expect(result.stdout, `${result.label}: stdout`).toBe(printed);
      expect(result.code, `${result.label}: exit code`).toBe(0);
    }
  });

  it('treats "-" followed by a letter later in the argument as part of the expression', async () => {
    const result = await run(['4 -x']);
    expect(result.code, `${result.label}: exit code (an expression error, not an unknown option)`).toBe(1);
    expect(result.stderr, `${result.label}: stderr`).toMatch(/^error at column 4: unknown character "x"/);
  });

  it('prints an expression error to stderr with its column and a caret, and exits 1', async () => {
    const cases: Array<[string, string]> = [
      ['1 / 0', 'error at column 3: division by zero\n  1 / 0\n    ^\n'],
      ['2 + x', 'error at column 5: unknown character "x"\n  2 + x\n      ^\n'],
      ['(2 + 3', 'error at column 7: missing ")"\n  (2 + 3\n        ^\n'],
      ['1e308 * 10', 'error at column 7: number too large\n  1e308 * 10\n        ^\n'],
    ];
    for (const [expression, stderr] of cases) {
      const result = await run([expression]);
      expect(result.stderr, `${result.label}: stderr`).toBe(stderr);
      expect(result.stdout, `${result.label}: stdout (errors go to stderr only)`).toBe('');
      expect(result.code, `${result.label}: exit code`).toBe(1);
    }
  });

  it('treats an empty or blank argument as an expression error (exit 1)', async () => {
    for (const expression of ['', '   ']) {
      const result = await run([expression]);
      expect(result.stderr, `${result.label}: stderr`).toBe(`error at column 1: empty expression\n  ${expression}\n  ^\n`);
      expect(result.stdout, `${result.label}: stdout`).toBe('');
      expect(result.code, `${result.label}: exit code`).toBe(1);
    }
  });

  it('--help and -h print the usage to stdout and exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['2 + 2', '--help']]) {
      const result = await run(argv);
      expect(result.stdout, `${result.label}: stdout`).toMatch(/^Usage: calc/);
      expect(result.stderr, `${result.label}: stderr`).toBe('');
      expect(result.code, `${result.label}: exit code`).toBe(0);
    }
  });

  it('rejects an unknown option with exit 2, naming it and showing the usage on stderr', async () => {
    for (const option of ['--nope', '-x', '--Version']) {
      const result = await run([option]);
      expect(result.code, `${result.label}: exit code`).toBe(2);
      expect(result.stderr, `${result.label}: stderr`).toMatch(/^error: /);
      expect(result.stderr, `${result.label}: stderr names the option`).toContain(`"${option}"`);
      expect(result.stderr.startsWith(`error: unknown option "${option}"\n\nUsage: calc`), `${result.label}: stderr should be the line error: unknown option "${option}", an empty line, then the usage; got ${JSON.stringify(result.stderr.slice(0, 80))}`).toBe(true);
      expect(result.stderr, `${result.label}: stderr shows the usage`).toContain('Usage: calc');
      expect(result.stdout, `${result.label}: stdout`).toBe('');
    }
  });

  it('rejects more than one argument with exit 2 and the usage on stderr', async () => {
    for (const argv of [['2', '+', '3'], ['1', '2']]) {
      const result = await run(argv);
      expect(result.code, `${result.label}: exit code`).toBe(2);
      expect(result.stderr, `${result.label}: stderr`).toMatch(/^error: /);
      expect(result.stderr.split('\n')[0], `${result.label}: the error line should tell to quote the expression`).toMatch(/quot/i);
      expect(result.stderr, `${result.label}: stderr shows the usage`).toContain('Usage: calc');
      expect(result.stdout, `${result.label}: stdout`).toBe('');
    }
  });

  it('lets errors other than CalcError escape: they are bugs, not bad input', async () => {
    const { main } = await loadMain();
    const brokenStdout = Object.assign(new Writable(), {
      isTTY: false,
      write: (): boolean => {
        throw new Error('stdout is broken');
      },
    });
    const label = 'main(["1 + 1"]) with an io.stdout whose write() throws Error("stdout is broken")';
    await expect(runMain(main, ['1 + 1'], { io: { stdout: brokenStdout } }), `${label} should reject with that error, not catch it`).rejects.toThrow('stdout is broken');
  });

  it('with an expression argument, ignores stdin', async () => {
    const result = await run(['1 + 1'], { stdin: '5 * 5\n' });
    expect(result.stdout, `${result.label} with "5 * 5" on stdin: stdout`).toBe('2\n');
    expect(result.code, `${result.label}: exit code`).toBe(0);
  });

  it('colours errors at a terminal: same text plus ANSI codes', async () => {
    const result = await run(['1 / 0'], { tty: true });
    const label = `${result.label} at a terminal without NO_COLOR`;
    expect(result.stderr, `${label}: stderr should contain colour codes`).toMatch(ANSI);
    expect(result.stderr.replace(ANSI_ALL, ''), `${label}: stderr without its colour codes`).toBe('error at column 3: division by zero\n  1 / 0\n    ^\n');
    expect(result.code, `${label}: exit code`).toBe(1);
  });

  it('writes no colour codes when NO_COLOR is set, even at a terminal', async () => {
    const env = { NO_COLOR: '1' };
    for (const argv of [['1 / 0'], ['--nope'], ['--help'], ['1 + 1']]) {
      const result = await run(argv, { tty: true, env });
      const label = `${result.label} at a terminal with NO_COLOR=1`;
      expect(result.stdout, `${label}: stdout`).not.toMatch(ANSI);
      expect(result.stderr, `${label}: stderr`).not.toMatch(ANSI);
    }
  });

  it('reads NO_COLOR as no-color.org does: empty means unset, any other value (even "0") turns colour off', async () => {
    const empty = await run(['1 / 0'], { tty: true, env: { NO_COLOR: '' } });
    expect(empty.stderr, `${empty.label} at a terminal with NO_COLOR="" (empty counts as unset): stderr should be coloured`).toMatch(ANSI);
    for (const value of ['0', 'false', ' ']) {
      const result = await run(['1 / 0'], { tty: true, env: { NO_COLOR: value } });
      expect(result.stderr, `${result.label} at a terminal with NO_COLOR=${JSON.stringify(value)} (non-empty): stderr should have no colour codes`).not.toMatch(ANSI);
    }
  });

  it('never colours results on stdout, even at a terminal', async () => {
    for (const argv of [['1 + 1'], ['0.1 + 0.2']]) {
      const result = await run(argv, { tty: true });
      expect(result.stdout, `${result.label} at a terminal without NO_COLOR: stdout`).not.toMatch(ANSI);
    }
  });

  it('writes no colour codes when the output is not a terminal', async () => {
    for (const argv of [['--nope'], ['1 / 0']]) {
      const result = await run(argv, { tty: false });
      expect(result.stderr, `${result.label} piped: stderr`).not.toMatch(ANSI);
    }
  });
});

describe('Task 6: Interactive mode', () => {
  it('with no argument, evaluates each stdin line and goes on after an error', async () => {
    const result = await run([], { stdin: '1 + 1\n2 $ 3\n(4)\n' });
    const label = `${result.label} with stdin "1 + 1", "2 $ 3", "(4)"`;
    expect(result.stdout, `${label}: stdout`).toBe('2\n4\n');
    expect(result.stderr, `${label}: stderr`).toBe('error at column 3: unknown character "$"\n  2 $ 3\n    ^\n');
    expect(result.code, `${label}: exit code`).toBe(0);
  });

  it('survives every kind of error and still exits 0 at the end of input', async () => {
    const result = await run([], { stdin: '1 / 0\n(2\n3)\n1e308 * 10\n2 ^ 3\n' });
    const label = `${result.label} with stdin "1 / 0", "(2", "3)", "1e308 * 10", "2 ^ 3"`;
    expect(result.stdout, `${label}: stdout`).toBe('8\n');
    const headlines = result.stderr.split('\n').filter((line) => line.startsWith('error at column'));
    expect(headlines, `${label}: the error lines on stderr`).toEqual([
      'error at column 3: division by zero',
      'error at column 3: missing ")"',
      'error at column 2: unexpected ")"',
      'error at column 7: number too large',
    ]);
    expect(result.code, `${label}: exit code`).toBe(0);
  });

  it('skips blank lines without printing anything', async () => {
    const result = await run([], { stdin: '\n   \n7\n\t\n' });
    const label = `${result.label} with stdin "", "   ", "7", "\\t"`;
    expect(result.stdout, `${label}: stdout`).toBe('7\n');
    expect(result.stderr, `${label}: stderr`).toBe('');
  });

  it('evaluates a last line that has no newline, and Windows line ends', async () => {
    const last = await run([], { stdin: '6 * 7' });
    expect(last.stdout, `${last.label} with stdin "6 * 7" (no newline): stdout`).toBe('42\n');
    const crlf = await run([], { stdin: '1 + 1\r\n2 * 3\r\n' });
    expect(crlf.stdout, `${crlf.label} with stdin "1 + 1\\r\\n2 * 3\\r\\n": stdout`).toBe('2\n6\n');
    expect(crlf.stderr, `${crlf.label} with CRLF lines: stderr`).toBe('');
  });

  it('prints nothing and exits 0 when stdin is empty', async () => {
    const result = await run([], { stdin: '' });
    expect(result.stdout, `${result.label} with empty stdin: stdout`).toBe('');
    expect(result.stderr, `${result.label} with empty stdin: stderr`).toBe('');
    expect(result.code, `${result.label} with empty stdin: exit code`).toBe(0);
  });

  it('evaluates many lines in order', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => `${i} * 2`);
    const result = await run([], { stdin: `${lines.join('\n')}\n` });
    const expected = Array.from({ length: 500 }, (_, i) => `${i * 2}\n`).join('');
    expect(result.stdout, `${result.label} with 500 lines "0 * 2" ... "499 * 2": stdout`).toBe(expected);
  });

  it('shows the "> " prompt only when stdin is a terminal, and a newline at the end', async () => {
    const result = await run([], { stdin: terminalStdin('1 + 1\n2 * 3\n') });
    const label = `${result.label} typed at a terminal: "1 + 1", "2 * 3", then Ctrl+D`;
    expect(result.stdout, `${label}: stdout`).toBe('> 2\n> 6\n> \n');
    expect(result.code, `${label}: exit code`).toBe(0);
  });
});
