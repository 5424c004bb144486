// One line of an access log, taken apart with a regular expression (SPEC.md, Task 1).
//
// The "combined" format of Apache and nginx looks like this (one line):
//   203.0.113.9 - alice [10/Oct/2000:13:55:36 -0700] "GET /index.html?lang=en HTTP/1.1" 200 2326 "https://example.com/" "Mozilla/5.0"
// client, identity (always -), user, [time], "request", status, bytes, "referer", "user agent".
// The "common" format is the same without the last two quoted fields.
import { parseLogTime } from './time.js';

/** What the analyzer keeps of one request. */
export interface LogEntry {
  /** The client address, as written: 203.0.113.9, 2001:db8::1 or a host name. */
  ip: string;
  /** When the request happened: one instant, whatever offset the server wrote. */
  time: Date;
  method: string;
  /** The request target without its query string: /search?q=x is /search. */
  path: string;
  status: number;
  /** Bytes of the response body; the server writes "-" for none, which counts as 0. */
  bytes: number;
  /** Null in a common-format line, which has no referer and user agent. */
  referer: string | null;
  userAgent: string | null;
}

/**
 * Parses one line of a combined or common log. Returns null when the line is malformed.
 * `parseTime` reads the text between the brackets: parseLogTime unless the caller passes
 * another (optional, for speed: see Task 3 in SPEC.md).
 */
export function parseLine(line: string, parseTime: (text: string) => Date | null = parseLogTime): LogEntry | null {
  // TODO: Task 1 in SPEC.md.
  // - One regular expression for the whole line, from ^ to $, with a ( ) group per field you keep.
  //   Build it from pieces if that helps: new RegExp([...].join(' ')).
  // - A quoted field may contain \" (an escaped quote) which does not end it.
  // - The time text goes through parseTime; a null there makes the whole line malformed.
  throw new Error('Not implemented: parseLine');
}
