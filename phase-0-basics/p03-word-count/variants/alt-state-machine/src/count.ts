// Counting with a state machine: every code point moves the state on, so a chunk boundary
// anywhere (inside a character, a word or a \r\n) changes nothing.

export interface Counts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
}

export interface Counter {
  write(chunk: Uint8Array): void;
  end(): Counts;
}

const SPACE = /\s/;

class CodePointCounter implements Counter {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  private readonly totals: Counts = { lines: 0, words: 0, chars: 0, bytes: 0 };
  private inWord = false;
  private lastWasCR = false;

  write(chunk: Uint8Array): void {
    this.totals.bytes += chunk.length;
    this.feed(this.decoder.decode(chunk, { stream: true }));
  }

  end(): Counts {
    this.feed(this.decoder.decode());
    return { ...this.totals };
  }

  private feed(text: string): void {
    // for...of walks code points: a surrogate pair is one step.
    for (const ch of text) {
      this.totals.chars += 1;
      if (ch === '\r') this.totals.lines += 1;
      else if (ch === '\n' && !this.lastWasCR) this.totals.lines += 1;
      this.lastWasCR = ch === '\r';
      const space = SPACE.test(ch);
      if (!space && !this.inWord) this.totals.words += 1;
      this.inWord = !space;
    }
  }
}

export function createCounter(): Counter {
  return new CodePointCounter();
}

export function countText(input: string | Uint8Array): Counts {
  const counter = createCounter();
  counter.write(typeof input === 'string' ? new TextEncoder().encode(input) : input);
  return counter.end();
}

export async function countStream(source: AsyncIterable<Uint8Array | string>): Promise<Counts> {
  const counter = createCounter();
  const encoder = new TextEncoder();
  for await (const chunk of source) counter.write(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
  return counter.end();
}
