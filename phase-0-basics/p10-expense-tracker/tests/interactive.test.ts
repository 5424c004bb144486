// Hidden suite for p10, task 6: the interactive add, through main(argv, io) with the prompt
// functions injected as io.prompts and answered from a script (scriptedPrompts in helpers.ts).
import { OTHER_ZONES, withTimeZone } from '#testkit';
import { describe, expect, it } from 'vitest';
import { ZONE_MOMENTS, dataOf, expectOk, expectUsageError, expense, home, scriptedPrompts, terminalStdin, type Home } from './helpers.js';

async function ask(h: Home, answers: unknown[], argv = ['add'], tty = true) {
  const script = scriptedPrompts(answers);
  const result = await h.run(argv, { stdin: tty ? terminalStdin() : undefined, io: { prompts: script.prompts } });
  const label = `expenses ${argv.join(' ')} answering ${JSON.stringify(answers)}`;
  return { ...result, label, asked: script.asked, remaining: script.remaining() };
}

describe('Task 6: Interactive add', () => {
  it('at a terminal, "add" asks amount, category, date, note, then confirms and saves', async () => {
    const h = home();
    const run = await ask(h, ['12.50', 'Food', '', 'Lunch  with Ana', true]);
    expectOk(run);
    expect(run.asked.map((p) => p.type), `${run.label}: the prompts, in order`).toEqual(['input', 'input', 'input', 'input', 'confirm']);
    expect(run.asked[2]?.default, `${run.label}: the date question's default is today (UTC)`).toBe('2026-01-15');
    expect(run.asked[4]?.default, `${run.label}: the confirm's default`).toBe(true);
    expect(run.stdout, `${run.label}: stdout`).toContain('Added #1: 12.50 food on 2026-01-15\n');
    expect(h.data(), `the data file after ${run.label}`).toEqual(dataOf([expense(1, '2026-01-15', 1250, 'food', 'Lunch with Ana')], {}, 2));
    expect(run.remaining, `${run.label}: answers left over`).toBe(0);
  });

  it('asks again for a refused amount, category or date; a refund and a chosen date work', async () => {
    const h = home();
    const run = await ask(h, ['19.999', 'abc', '0', '1,5', '-4.5', 'eating out', '', 'Clothes', '2026-02-30', 'yesterday', '2026-01-31', '', true]);
    expectOk(run);
    expect(run.remaining, `${run.label}: answers left over`).toBe(0);
    expect(h.data().expenses, `the data file after ${run.label}`).toEqual([expense(1, '2026-01-31', -450, 'clothes')]);
  });

  it('the date default is the UTC day, also at 23:59 on the last day of a month', async () => {
    const h = home();
    h.clock.set('2026-02-28T23:59:00.000Z');
    const run = await ask(h, ['3', 'food', '', '', true]);
    expectOk(run);
    expect(run.asked[2]?.default, `${run.label} at 2026-02-28T23:59Z: the date default`).toBe('2026-02-28');
    expect(h.data().expenses[0]?.date, `the date saved by ${run.label}`).toBe('2026-02-28');
  });

  it('the date default is the UTC day in other time zones too (Kolkata, Sydney, New York)', async () => {
    for (const zone of OTHER_ZONES) {
      await withTimeZone(zone, async () => {
        for (const moment of ZONE_MOMENTS) {
          const h = home();
          h.clock.set(moment.at);
          const run = await ask(h, ['3', 'food', '', '', true]);
          expectOk(run);
          expect(run.asked[2]?.default, `${run.label} at ${moment.at} with TZ=${zone}: the date default (the SPEC: the UTC day)`).toBe(moment.day);
          expect(h.data().expenses[0]?.date, `the date saved by ${run.label} at ${moment.at} with TZ=${zone}`).toBe(moment.day);
        }
      });
    }
  });

  it('answering no to the confirm saves nothing and exits 0', async () => {
    const h = home();
    const run = await ask(h, ['5', 'food', '', '', false]);
    expectOk(run);
    expect(run.stdout, `${run.label}: stdout`).not.toContain('Added');
    expect(h.raw(), `${run.label}: the data file`).toBeUndefined();
  });

  it('Ctrl+C in a prompt (ExitPromptError) saves nothing and exits 1', async () => {
    const h = home();
    h.seed(dataOf([expense(1, '2026-01-10', 100, 'food')]));
    const before = h.raw();
    const run = await ask(h, ['5', 'food']);
    expect(run.code, `${run.label} then Ctrl+C: exit code`).toBe(1);
    expect(run.stderr, `${run.label} then Ctrl+C: stderr`).not.toBe('');
    expect(h.raw(), `${run.label} then Ctrl+C: the data file`).toBe(before);
  });

  it('"add --interactive" asks without a terminal; plain "add" without one is a usage error', async () => {
    const h = home();
    const explicit = await ask(h, ['7', 'fun', '2026-01-01', 'cinema', true], ['add', '--interactive'], false);
    expectOk(explicit);
    expect(h.data().expenses, `the data file after ${explicit.label}`).toEqual([expense(1, '2026-01-01', 700, 'fun', 'cinema')]);
    const short = await ask(h, ['1', 'fun', '', '', true], ['add', '-i'], false);
    expectOk(short);
    const piped = await ask(h, ['1', 'fun', '', '', true], ['add'], false);
    expectUsageError(piped);
    expect(piped.asked.length, `${piped.label} without a terminal: questions asked`).toBe(0);
    expectUsageError(await ask(h, [], ['add', '-i', '5', 'food']));
  });

  it('an interactive add past the budget warns like the command does', async () => {
    const h = home();
    h.seed(dataOf([expense(1, '2026-01-10', 900, 'food')], { food: 1000 }));
    const run = await ask(h, ['1.01', 'food', '', '', true]);
    expectOk(run);
    expect(run.stderr, `${run.label}: stderr`).toContain('over budget');
    expect(h.data().expenses.length, `expenses after ${run.label}`).toBe(2);
  });
});
