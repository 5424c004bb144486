// One line of an access log, taken apart with a regular expression.
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

// A quoted field: runs of characters that are neither a quote nor a backslash, where a backslash
// takes the next character with it. Apache writes a quote inside a field as \" and that must not
// end the field. (Written as "runs, then escape-and-run pairs" because that is much faster than
// trying two alternatives at every character.)
const QUOTED = String.raw`"([^"\\]*(?:\\.[^"\\]*)*)"`;

// Built from pieces so that each one can be read on its own. \S+ is "one or more characters
// that are not spaces"; (?: ... ) is a group that captures nothing, and ? after it makes it
// optional. Each ( ) captures one field, in order.
// The request is "GET /path HTTP/1.1": a method in capitals, a target without spaces, an HTTP
// version. Anything else in its quotes ("-", binary junk from a port scanner) is malformed.
const LINE = new RegExp(
  [
    String.raw`^(\S+) \S+ \S+`, // client, identity, user
    String.raw`\[([^\]]+)\]`, // [time]
    String.raw`"([A-Z]+) (\S+) HTTP\/\d+(?:\.\d+)?"`, // "method target protocol"
    String.raw`(\d{3})`, // status
    String.raw`(\d+|-)`, // bytes
  ].join(' ') + `(?: ${QUOTED} ${QUOTED})?$`, // "referer" "user agent", only in the combined format
);

/** The target up to its query string: the same page asked with other parameters counts once. */
function pathOf(target: string): string {
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}

/**
 * Parses one line of a combined or common log. Returns null when the line is malformed.
 * `parseTime` reads the text between the brackets; analyze passes one that remembers its last
 * answer (see analyze.ts), and anything else gets parseLogTime itself.
 */
export function parseLine(line: string, parseTime: (text: string) => Date | null = parseLogTime): LogEntry | null {
  const match = LINE.exec(line);
  if (!match) return null;
  // match[0] is the whole line, then one entry per group; the referer and user agent groups are
  // undefined in a common-format line. The other groups always take part, hence the `!`.
  const [, ip, timeText, method, target, status, bytes, referer, userAgent] = match;
  const time = parseTime(timeText!);
  if (!time) return null;
  return {
    ip: ip!,
    time,
    method: method!,
    path: pathOf(target!),
    status: Number(status),
    bytes: bytes === '-' ? 0 : Number(bytes),
    referer: referer ?? null,
    userAgent: userAgent ?? null,
  };
}
