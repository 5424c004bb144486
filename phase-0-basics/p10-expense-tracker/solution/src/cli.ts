// The real program: hands the real process streams to main() and sets the exit code.
// Everything worth testing lives in main.ts; this file stays this small on purpose.
import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
// Setting exitCode (rather than calling process.exit) lets Node finish writing the output first.
process.exitCode = code;
