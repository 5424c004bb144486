// Interactive modes are graded through main(argv, io) with prompts injected in io (io.prompts),
// never through a terminal. These fakes stand in for @inquirer/prompts.
import { Readable } from 'node:stream';

export interface AskedPrompt {
  type: 'select' | 'input' | 'confirm';
  message: string;
  /** The values a select offered, in order. */
  choices?: unknown[];
  default?: unknown;
}

type ChoiceLike = string | { value?: unknown; type?: string } | undefined;

/**
 * Fake @inquirer/prompts that answer from a script, in order, like a person would: select
 * answers with a choice's value (it must be one of the choices), input with text, confirm
 * with true or false. An input's `validate`, when given, is called like inquirer does: a
 * refused answer is followed by the next one in the script. When the script runs out, the
 * prompt rejects with an ExitPromptError, as inquirer does on Ctrl+C or Ctrl+D.
 */
export function scriptedPrompts(answers: unknown[]) {
  const queue = [...answers];
  const asked: AskedPrompt[] = [];
  const next = (prompt: AskedPrompt): unknown => {
    asked.push(prompt);
    if (queue.length === 0) throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    return queue.shift();
  };
  const prompts = {
    select: async (config: { message: string; choices: readonly ChoiceLike[]; default?: unknown }) => {
      const values = (config.choices ?? [])
        .filter((choice) => typeof choice === 'string' || (choice !== undefined && choice.type !== 'separator' && 'value' in choice))
        .map((choice) => (typeof choice === 'string' ? choice : choice!.value));
      const answer = next({ type: 'select', message: config.message, choices: values, default: config.default });
      if (!values.includes(answer)) {
        throw new Error(`the script answered ${JSON.stringify(answer)} to the select "${config.message}", whose choices were ${JSON.stringify(values)}`);
      }
      return answer;
    },
    input: async (config: { message: string; default?: string; validate?: (value: string) => unknown }) => {
      for (;;) {
        const answer = next({ type: 'input', message: config.message, default: config.default });
        if (typeof answer !== 'string') throw new Error(`the script answered ${JSON.stringify(answer)} to the input "${config.message}"`);
        if (config.validate && (await config.validate(answer)) !== true) continue;
        return answer;
      }
    },
    confirm: async (config: { message: string; default?: boolean }) => {
      const answer = next({ type: 'confirm', message: config.message, default: config.default });
      if (typeof answer !== 'boolean') throw new Error(`the script answered ${JSON.stringify(answer)} to the confirm "${config.message}"`);
      return answer;
    },
  };
  return { prompts, asked, remaining: () => queue.length };
}

/** A stdin that says it is a terminal, as process.stdin does when a person types. */
export function terminalStdin(text = ''): Readable & { isTTY: boolean } {
  return Object.assign(Readable.from(text === '' ? [] : [Buffer.from(text)]), { isTTY: true });
}

/** ESC [ ... m: the codes chalk writes for colours. */
export const ANSI = /\u001b\[[0-9;]*m/;

export function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
