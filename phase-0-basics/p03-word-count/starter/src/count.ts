// Counting lines, words, characters and bytes, one chunk at a time.
//
// A file or a pipe reaches a program as a stream of Buffers (raw bytes) in pieces of any size.
// Bytes are easy to count, but characters and words only exist once the bytes are decoded as
// UTF-8, and a chunk boundary can fall anywhere: in the middle of a 4-byte emoji, of a word, or
// between the \r and the \n of a Windows line ending. SPEC.md, Tasks 1 and 2, has the rules.

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

/**
 * A fresh counter that remembers, between two chunks, what the next chunk needs to know.
 */
export function createCounter(): Counter {
  // TODO: Task 2 in SPEC.md (start with Task 1: countText can simply use a counter).
  // - A decoder: `new TextDecoder('utf-8', { ignoreBOM: true })`. `decoder.decode(chunk, { stream: true })`
  //   keeps the first bytes of a character cut by the chunk boundary until the next call;
  //   `decoder.decode()` with no argument flushes what is left (an unfinished character
  //   becomes one U+FFFD replacement character).
  // - Four numbers (lines, words, chars, bytes) and two flags that survive between chunks:
  //   "the last character was inside a word" and "the last character was \r".
  // - Walk the decoded text with `text.charCodeAt(i)`: a code unit between 0xDC00 and 0xDFFF is
  //   the second half of an emoji (a surrogate pair), so it is not a new character.
  //   (Another way: count each decoded piece with regular expressions, then mend the seam with
  //   the piece before it. Either is fine; the suite only looks at the numbers.)
  // - Whitespace is what the regular expression /\s/ matches.
  // Keep everything inside this function (a closure): no variables at the top of the module,
  // or two counters would share their numbers.
  throw new Error('Not implemented: createCounter');
}

/** Counts a whole text at once. A string is counted as its UTF-8 encoding. */
export function countText(input: string | Uint8Array): Counts {
  // TODO: Task 1 in SPEC.md. `Buffer.from(text, 'utf8')` gives the bytes of a string.
  throw new Error('Not implemented: countText');
}

/** Counts a stream (a file, stdin, any async iterable of chunks), one chunk at a time. */
export async function countStream(source: AsyncIterable<Uint8Array | string>): Promise<Counts> {
  // TODO: Task 2 in SPEC.md. `for await (const chunk of source)` waits for each chunk in turn.
  // A chunk may be a string when someone called setEncoding() on the stream: count its bytes.
  throw new Error('Not implemented: countStream');
}
