// Entry point of the grader. Loading vitest costs about 0.4 s, so for `grade` the runner child
// is started before anything else is imported: it loads vitest while this process parses
// arguments and finds the project.
import { startRunner, type WarmRunner } from './run-suite.js';

const argv = process.argv.slice(2);
const early: WarmRunner | undefined = argv[0] === 'grade' && !argv.includes('--watch') && !argv.includes('--help') ? startRunner() : undefined;
const { main } = await import('./main.js');
await main(argv, early);
