// From a stream of bytes to a sequence of lines, without ever holding the whole input
// (SPEC.md, Task 2). https://nodejs.org/api/readline.html

/**
 * The lines of a text stream, one at a time, without their line endings (\n or \r\n).
 * A last line without a final newline is still a line. Use it with `for await`:
 *
 *   for await (const line of readLines(stream)) { ... }
 */
export function readLines(input: NodeJS.ReadableStream): AsyncIterable<string> {
  // TODO: Task 2 in SPEC.md. node:readline does all the work: look at createInterface and its
  // crlfDelay option. Its result can be used with for await as it is.
  throw new Error('Not implemented: readLines');
}
