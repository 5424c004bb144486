// From a stream of bytes to a sequence of lines, without ever holding the whole input.
//
// A file or a pipe arrives in chunks of any size (often 64 KiB), cut wherever the operating system
// cut them: in the middle of a line, even in the middle of a UTF-8 character. node:readline
// decodes the bytes as UTF-8, keeps the unfinished end of a chunk until the rest arrives, and
// hands out complete lines. https://nodejs.org/api/readline.html
import { createInterface } from 'node:readline';

/**
 * The lines of a text stream, one at a time, without their line endings (\n or \r\n).
 * A last line without a final newline is still a line. Use it with `for await`:
 *
 *   for await (const line of readLines(stream)) { ... }
 *
 * Each line is handed out as soon as it is complete, so memory stays small however long the
 * input is. An error of the stream (a file that cannot be read) comes out of the loop as an
 * exception.
 */
export function readLines(input: NodeJS.ReadableStream): AsyncIterable<string> {
  // crlfDelay: Infinity treats \r\n as one line ending even when a chunk ends between the two.
  return createInterface({ input, crlfDelay: Infinity });
}
