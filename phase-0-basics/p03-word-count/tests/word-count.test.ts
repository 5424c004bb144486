// Hidden suite for p03 word-count. It uses only what SPEC.md's Interface section promises:
// countText, createCounter and countStream in src/count.ts, formatCounts in src/format.ts,
// main(argv, io) in src/main.ts, and the real CLI in src/cli.ts for a few checks.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { controlledStdin, runCli, tempDir } from '#testkit';
import {
  chunkStream,
  expected,
  hex,
  LiveOutput,
  loadCount,
  loadFormat,
  parseReport,
  pick,
  repeated,
  show,
  showChunks,
  stripAnsi,
  times,
  wc,
  type Counts,
} from './helpers.js';

/** A folder with these files (name -> content) for one check. */
function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('b100-p03-');
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

/**
 * The grader allows 5 s per check. Counting megabytes, or starting the real CLI through tsx, gets
 * a little more on a busy machine, still under the grader's 10 s limit for a stuck check.
 */
const SLOW_CHECK_TIMEOUT_MS = 9_000;

const NOTES = 'Streams carry bytes.\nText is decoded bytes.\n';
const POEM = 'über café\nnaïve 😀 smile\n';

describe('Task 1: Count a text', () => {
  it('counts lines, words, characters and bytes of plain ASCII text', async () => {
    const { countText } = await loadCount();
    for (const text of ['hello world\n', 'one two three\nfour five\n', '  spaced   out  \n\n']) {
      expect(pick(countText(text)), `countText(${show(text)})`).toEqual(expected(text));
    }
    expect(pick(countText('hello world\n')), 'countText("hello world\\n")').toEqual({ lines: 1, words: 2, chars: 12, bytes: 12 });
  });

  it('counts an empty text as zeros, as a string and as bytes', async () => {
    const { countText } = await loadCount();
    const zero = { lines: 0, words: 0, chars: 0, bytes: 0 };
    expect(pick(countText('')), 'countText("")').toEqual(zero);
    expect(pick(countText(new Uint8Array(0))), 'countText(new Uint8Array(0))').toEqual(zero);
  });

  it('counts line breaks, so a last line without a newline adds no line', async () => {
    const { countText } = await loadCount();
    expect(pick(countText('abc')), 'countText("abc")').toEqual({ lines: 0, words: 1, chars: 3, bytes: 3 });
    expect(pick(countText('one\ntwo')), 'countText("one\\ntwo")').toEqual({ lines: 1, words: 2, chars: 7, bytes: 7 });
    expect(countText('\n\n\n').lines, 'countText("\\n\\n\\n").lines').toBe(3);
  });

  it('counts \\r\\n as one line break and a lone \\r as one too', async () => {
    const { countText } = await loadCount();
    const cases: Array<[string, number]> = [
      ['a\r\nb\r\n', 2],
      ['a\rb\r', 2],
      ['\r\r\n\n', 3],
      ['a\n\rb', 2],
      ['\r', 1],
    ];
    for (const [text, lines] of cases) {
      const counts = countText(text);
      expect(counts.lines, `countText(${show(text)}).lines`).toBe(lines);
      expect(counts.chars, `countText(${show(text)}).chars: every \\r and \\n is a character`).toBe(text.length);
    }
  });

  it('counts characters as code points and bytes as UTF-8 bytes', async () => {
    const { countText } = await loadCount();
    const cases: Array<[string, Counts]> = [
      ['€', { lines: 0, words: 1, chars: 1, bytes: 3 }],
      ['😀', { lines: 0, words: 1, chars: 1, bytes: 4 }],
      [POEM, { lines: 2, words: 5, chars: 24, bytes: 30 }],
      ['e\u0301', { lines: 0, words: 1, chars: 2, bytes: 3 }],
      ['\u{10000}\u{103ff}\u{10ffff}\uffff\ud7ff', { lines: 0, words: 1, chars: 5, bytes: 18 }],
    ];
    for (const [text, counts] of cases) {
      expect(pick(countText(text)), `countText(${show(text)})`).toEqual(counts);
      expect(pick(countText(Buffer.from(text))), `countText(Buffer.from(${show(text)}))`).toEqual(counts);
    }
  });

  it('splits words on every whitespace character that \\s matches, and only on those', async () => {
    const { countText } = await loadCount();
    const separators = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    for (const space of separators) {
      const text = `one${space}two`;
      expect(countText(text).words, `countText(${show(text)}).words`).toBe(2);
    }
    const joiners = ['\u0008', '\u000e', '\u001f', '!', '\u0085', '\u200b', '\u2060', '\u3001', '😀'];
    for (const other of joiners) {
      const text = `one${other}two`;
      expect(countText(text).words, `countText(${show(text)}).words: ${show(other)} is not whitespace`).toBe(1);
    }
    const messy = '\t lead  and\ttrail \n\n';
    expect(countText(messy).words, `countText(${show(messy)}).words`).toBe(3);
  });

  it('keeps a byte-order mark as a character', async () => {
    const { countText } = await loadCount();
    const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, 0x68, 0x69);
    expect(pick(countText(bytes)), `countText(${hex(bytes)}) ("\\ufeffhi")`).toEqual({ lines: 0, words: 1, chars: 3, bytes: 5 });
  });

  it('counts each malformed UTF-8 sequence as one character', async () => {
    const { countText } = await loadCount();
    const cases: Array<[Uint8Array, Counts]> = [
      [Uint8Array.of(0x61, 0xff, 0x62), { lines: 0, words: 1, chars: 3, bytes: 3 }],
      [Uint8Array.of(0x61, 0x20, 0xe2, 0x82), { lines: 0, words: 2, chars: 3, bytes: 4 }],
      [Uint8Array.of(0xe2, 0x82, 0x0a, 0x41), { lines: 1, words: 2, chars: 3, bytes: 4 }],
    ];
    for (const [bytes, counts] of cases) {
      expect(pick(countText(bytes)), `countText(${hex(bytes)})`).toEqual(counts);
    }
  });
});

describe('Task 2: Count chunk by chunk', () => {
  /** Feeds the chunks to a fresh counter and returns what end() says. */
  async function feed(chunks: readonly Uint8Array[]): Promise<Counts> {
    const { createCounter } = await loadCount();
    const counter = createCounter();
    for (const chunk of chunks) counter.write(chunk);
    return pick(counter.end());
  }

  it('gives the same counts wherever one chunk boundary falls, even inside a character', async () => {
    const text = 'añ€😀 b\r\nc\u3000d';
    const bytes = Buffer.from(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const chunks = [bytes.subarray(0, cut), bytes.subarray(cut)];
      expect(await feed(chunks), `write() of ${showChunks(chunks)} (${show(text)} cut at byte ${cut})`).toEqual(expected(text));
    }
  });

  it('gives the same counts when the input arrives one byte at a time', async () => {
    const text = `${POEM}x\r\ny\rz \u2003end`;
    const chunks = [...Buffer.from(text)].map((byte) => Uint8Array.of(byte));
    expect(await feed(chunks), `${show(text)} written one byte per write()`).toEqual(expected(text));
  });

  it('does not count a word twice when a chunk boundary cuts it', async () => {
    const chunks = ['hel', 'lo wor', 'ld', ' ', '!'].map((s) => Buffer.from(s));
    expect((await feed(chunks)).words, 'words of write("hel"), write("lo wor"), write("ld"), write(" "), write("!")').toBe(3);
  });

  it('counts \\r\\n cut between two chunks as one line break, and a \\r ending a chunk as one', async () => {
    const crlf = ['a\r', '\nb\r', '\n'].map((s) => Buffer.from(s));
    expect((await feed(crlf)).lines, 'lines of write("a\\r"), write("\\nb\\r"), write("\\n")').toBe(2);
    const lone = ['a\r', 'b\r'].map((s) => Buffer.from(s));
    expect((await feed(lone)).lines, 'lines of write("a\\r"), write("b\\r")').toBe(2);
    const mixed = ['\r', '\r', '\n', '\n'].map((s) => Buffer.from(s));
    expect((await feed(mixed)).lines, 'lines of write("\\r"), write("\\r"), write("\\n"), write("\\n")').toBe(3);
  });

  it('ignores empty chunks and flushes an unfinished character at the end', async () => {
    const chunks = [Buffer.from('ok '), Buffer.alloc(0), Uint8Array.of(0xe2, 0x82), Buffer.alloc(0)];
    expect(await feed(chunks), `write() of ${showChunks(chunks)}, then end()`).toEqual({ lines: 0, words: 2, chars: 4, bytes: 5 });
    expect(await feed([]), 'end() without any write()').toEqual({ lines: 0, words: 0, chars: 0, bytes: 0 });
  });

  it('keeps each counter separate', async () => {
    const { createCounter } = await loadCount();
    const first = createCounter();
    const second = createCounter();
    first.write(Buffer.from('one tw'));
    second.write(Buffer.from('\u00e9'.repeat(3)));
    first.write(Buffer.from('o\r'));
    second.write(Buffer.from('\n'));
    expect(pick(first.end()), 'first counter: "one tw", "o\\r"').toEqual({ lines: 1, words: 2, chars: 8, bytes: 8 });
    expect(pick(second.end()), 'second counter: "ééé", "\\n"').toEqual({ lines: 1, words: 1, chars: 4, bytes: 7 });
  });

  it('countStream counts a stream of hand-made Buffer chunks', async () => {
    const { countStream } = await loadCount();
    const text = 'über\r\ncafé 😀';
    const bytes = Buffer.from(text);
    const chunks = [bytes.subarray(0, 2), bytes.subarray(2, 5), bytes.subarray(5, 12), bytes.subarray(12, 15), bytes.subarray(15)];
    expect(pick(await countStream(chunkStream(chunks))), `countStream of ${showChunks(chunks)}`).toEqual(expected(text));
  });

  it('countStream accepts text chunks too', async () => {
    const { countStream } = await loadCount();
    const chunks = ['naïve ', '😀\n', 'two words'];
    expect(pick(await countStream(Readable.from(chunks))), `countStream of strings ${JSON.stringify(chunks)}`).toEqual(expected(chunks.join('')));
  });

  it('countStream counts a lazily generated stream of 8 MB', async () => {
    const { countStream } = await loadCount();
    const unit = 'Grüße, wörld! 😀 tab\there\r\nline two\rthree\u3000four\n';
    const copies = Math.ceil(8_000_000 / Buffer.byteLength(unit));
    const counts = await countStream(repeated(unit, copies, 4099));
    expect(pick(counts), `countStream of ${show(unit)} repeated ${copies} times in chunks of 4099 bytes`).toEqual(times(expected(unit), copies));
  }, SLOW_CHECK_TIMEOUT_MS);
});

describe('Task 3: Format a result line', () => {
  const counts: Counts = { lines: 2, words: 5, chars: 28, bytes: 30 };

  it('right-aligns each count in 7 columns, separated by one space, then the name', async () => {
    const { formatCounts } = await loadFormat();
    expect(formatCounts(counts, ['lines', 'words', 'bytes'], 'notes.txt'), 'formatCounts({2,5,28,30}, [lines, words, bytes], "notes.txt")').toBe(
      '      2       5      30 notes.txt',
    );
    expect(formatCounts(counts, ['lines', 'words', 'chars', 'bytes'], 'a b.txt'), 'formatCounts({2,5,28,30}, all four fields, "a b.txt")').toBe(
      '      2       5      28      30 a b.txt',
    );
  });

  it('puts the columns in the order lines, words, chars, bytes whatever the order of fields', async () => {
    const { formatCounts } = await loadFormat();
    expect(formatCounts(counts, ['bytes', 'lines'], 'x'), 'formatCounts({2,5,28,30}, [bytes, lines], "x")').toBe('      2      30 x');
    expect(formatCounts(counts, ['chars', 'words'], 'x'), 'formatCounts({2,5,28,30}, [chars, words], "x")').toBe('      5      28 x');
    // A field listed twice is shown once.
    expect(formatCounts(counts, ['words', 'lines', 'words'], 'x'), 'formatCounts({2,5,28,30}, [words, lines, words], "x")').toBe('      2       5 x');
    expect(formatCounts(counts, ['bytes', 'bytes']), 'formatCounts({2,5,28,30}, [bytes, bytes])').toBe('     30');
  });

  it('leaves out the name, and the space before it, when there is no name', async () => {
    const { formatCounts } = await loadFormat();
    expect(formatCounts(counts, ['words']), 'formatCounts({2,5,28,30}, [words])').toBe('      5');
    expect(formatCounts(counts, ['lines', 'chars']), 'formatCounts({2,5,28,30}, [lines, chars])').toBe('      2      28');
  });

  it('lets numbers longer than 7 digits grow, still one space apart', async () => {
    const { formatCounts } = await loadFormat();
    const big: Counts = { lines: 12_345_678, words: 0, chars: 1_234_567, bytes: 123_456_789_012 };
    expect(formatCounts(big, ['lines', 'words', 'chars', 'bytes'], 'big.log'), 'formatCounts({12345678, 0, 1234567, 123456789012}, all four fields, "big.log")').toBe(
      '12345678       0 1234567 123456789012 big.log',
    );
  });
});

describe('Task 4: Read files and standard input', () => {
  it('counts a file given by a path relative to io.cwd and prints one line', async () => {
    const dir = folderWith({ 'notes.txt': NOTES });
    const result = await wc(['notes.txt'], { cwd: dir });
    expect(result.stderr, 'wc notes.txt: stderr').toBe('');
    expect(result.code, 'wc notes.txt: exit code').toBe(0);
    expect(result.stdout, 'wc notes.txt: stdout (lines, words, bytes; 7 columns each)').toBe('      2       7      44 notes.txt\n');
  });

  it('shows an absolute path as it was given', async () => {
    const dir = folderWith({ 'poem.txt': POEM });
    const file = path.join(dir, 'poem.txt');
    const result = await wc([file]);
    expect(result.code, `wc ${file}: exit code`).toBe(0);
    expect(parseReport(result.stdout), `wc ${file}: stdout was ${show(result.stdout)}`).toEqual([{ numbers: [2, 5, 30], name: file }]);
  });

  it('reads standard input when no file is given, and prints no name', async () => {
    const result = await wc([], { stdin: POEM });
    expect(result.code, `wc with stdin ${show(POEM)}: exit code`).toBe(0);
    expect(result.stdout, `wc with stdin ${show(POEM)}: stdout`).toBe('      2       5      30\n');
  });

  it('reads standard input for "-" and names it "-"', async () => {
    const result = await wc(['-'], { stdin: NOTES });
    expect(result.code, 'wc - : exit code').toBe(0);
    expect(parseReport(result.stdout), `wc - with stdin ${show(NOTES)}: stdout was ${show(result.stdout)}`).toEqual([{ numbers: [2, 7, 44], name: '-' }]);
  });

  it('counts an empty file and a file without a final newline', async () => {
    const dir = folderWith({ 'empty.txt': '', 'last.txt': 'no newline at the end' });
    const empty = await wc(['empty.txt'], { cwd: dir });
    expect(empty.code, 'wc empty.txt: exit code').toBe(0);
    expect(parseReport(empty.stdout), `wc empty.txt: stdout was ${show(empty.stdout)}`).toEqual([{ numbers: [0, 0, 0], name: 'empty.txt' }]);
    const last = await wc(['last.txt'], { cwd: dir });
    expect(parseReport(last.stdout), `wc last.txt ("no newline at the end"): stdout was ${show(last.stdout)}`).toEqual([{ numbers: [0, 5, 21], name: 'last.txt' }]);
  });

  it('counts standard input that arrives in pieces cut inside characters and \\r\\n', async () => {
    const stdin = controlledStdin();
    const bytes = Buffer.from('ça\r\nva 😀\r\n');
    const cuts = [1, 2, 4, 5, 9, 12];
    let from = 0;
    for (const cut of cuts) {
      stdin.write(bytes.subarray(from, cut));
      from = cut;
    }
    stdin.end(bytes.subarray(from));
    const result = await wc(['-m', '-l', '-c'], { stdin });
    expect(parseReport(result.stdout), `wc -m -l -c with stdin "ça\\r\\nva 😀\\r\\n" cut at bytes ${cuts.join(', ')}: stdout was ${show(result.stdout)}`).toEqual([
      { numbers: [2, 10, 14], name: undefined },
    ]);
  });

  it('streams a lazily generated standard input of 8 MB', async () => {
    const unit = 'ünïcödé wörds 😀\r\nand\tmore\n';
    const copies = Math.ceil(8_000_000 / Buffer.byteLength(unit));
    const stdin = Readable.from(repeated(unit, copies, 65_521));
    const result = await wc(['-lwmc'], { stdin });
    const want = times(expected(unit), copies);
    expect(result.code, 'wc -lwmc of an 8 MB stdin: exit code').toBe(0);
    expect(parseReport(result.stdout), `wc -lwmc of ${show(unit)} repeated ${copies} times: stdout was ${show(result.stdout)}`).toEqual([
      { numbers: [want.lines, want.words, want.chars, want.bytes], name: undefined },
    ]);
  }, SLOW_CHECK_TIMEOUT_MS);

  it('prints usage to stdout for --help and -h and exits 0 without counting', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await wc([flag, 'missing.txt'], { cwd: tempDir('b100-p03-') });
      expect(result.code, `wc ${flag} missing.txt: exit code`).toBe(0);
      expect(result.stdout, `wc ${flag}: stdout`).toMatch(/^Usage: wc/);
      for (const option of ['-l', '-w', '-m', '-c']) expect(result.stdout, `wc ${flag}: the usage should mention ${option}`).toContain(option);
      expect(result.stderr, `wc ${flag} missing.txt: stderr`).toBe('');
    }
  });

  it('the real CLI counts piped standard input', async () => {
    const result = await runCli([], { stdin: 'piped input\nhere\n' });
    expect(result.stderr, 'src/cli.ts with stdin "piped input\\nhere\\n": stderr').toBe('');
    expect(result.code, 'src/cli.ts with stdin "piped input\\nhere\\n": exit code').toBe(0);
    expect(parseReport(result.stdout), `src/cli.ts with stdin "piped input\\nhere\\n": stdout was ${show(result.stdout)}`).toEqual([{ numbers: [2, 3, 17], name: undefined }]);
  }, SLOW_CHECK_TIMEOUT_MS);
});

describe('Task 5: Choose the counts', () => {
  const dir = () => folderWith({ 'poem.txt': POEM });

  it('prints only the count each option asks for', async () => {
    const cwd = dir();
    const cases: Array<[string, number]> = [
      ['-l', 2],
      ['-w', 5],
      ['-m', 24],
      ['-c', 30],
    ];
    for (const [flag, value] of cases) {
      const result = await wc([flag, 'poem.txt'], { cwd });
      expect(result.code, `wc ${flag} poem.txt: exit code`).toBe(0);
      expect(parseReport(result.stdout), `wc ${flag} poem.txt (${show(POEM)}): stdout was ${show(result.stdout)}`).toEqual([{ numbers: [value], name: 'poem.txt' }]);
    }
  });

  it('keeps the column order lines, words, chars, bytes for any combination', async () => {
    const cwd = dir();
    const cases: Array<[string[], number[]]> = [
      [['-c', '-l'], [2, 30]],
      [['-cl'], [2, 30]],
      [['-mw'], [5, 24]],
      [['-c', '-m', '-w', '-l'], [2, 5, 24, 30]],
      [['-lwmc'], [2, 5, 24, 30]],
      [['-w', '-w'], [5]],
    ];
    for (const [flags, numbers] of cases) {
      const result = await wc([...flags, 'poem.txt'], { cwd });
      expect(parseReport(result.stdout), `wc ${flags.join(' ')} poem.txt: stdout was ${show(result.stdout)}`).toEqual([{ numbers, name: 'poem.txt' }]);
    }
  });

  it('accepts the long forms and options after the file names', async () => {
    const cwd = dir();
    const cases: Array<[string[], number[]]> = [
      [['--bytes', '--lines', 'poem.txt'], [2, 30]],
      [['--words', '--chars', 'poem.txt'], [5, 24]],
      [['poem.txt', '-m'], [24]],
    ];
    for (const [args, numbers] of cases) {
      const result = await wc(args, { cwd });
      expect(result.code, `wc ${args.join(' ')}: exit code`).toBe(0);
      expect(parseReport(result.stdout), `wc ${args.join(' ')}: stdout was ${show(result.stdout)}`).toEqual([{ numbers, name: 'poem.txt' }]);
    }
  });

  it('treats every argument after -- as a file name', async () => {
    const cwd = folderWith({ '-l': 'a b c\n' });
    const result = await wc(['-w', '--', '-l'], { cwd });
    expect(result.code, 'wc -w -- -l (a file named "-l"): exit code').toBe(0);
    expect(parseReport(result.stdout), `wc -w -- -l: stdout was ${show(result.stdout)}`).toEqual([{ numbers: [3], name: '-l' }]);
  });

  it('answers an unknown option with exit code 2, a message on stderr and nothing on stdout', async () => {
    const cwd = dir();
    for (const args of [['-x', 'poem.txt'], ['--nope', 'poem.txt'], ['-lx', 'poem.txt'], ['--lines=3', 'poem.txt']]) {
      const result = await wc(args, { cwd });
      expect(result.code, `wc ${args.join(' ')}: exit code (2 means wrong usage)`).toBe(2);
      expect(result.stdout, `wc ${args.join(' ')}: stdout`).toBe('');
      expect(result.stderr.trim(), `wc ${args.join(' ')}: stderr should say what is wrong`).not.toBe('');
    }
  });
});

describe('Task 6: Several files, a total and missing files', () => {
  it('prints one line per input in the order given, then a total line', async () => {
    const cwd = folderWith({ 'poem.txt': POEM, 'notes.txt': NOTES });
    const result = await wc(['poem.txt', 'notes.txt', '-'], { cwd, stdin: 'x y\n' });
    expect(result.code, 'wc poem.txt notes.txt -: exit code').toBe(0);
    expect(parseReport(result.stdout), `wc poem.txt notes.txt - (stdin "x y\\n"): stdout was ${show(result.stdout)}`).toEqual([
      { numbers: [2, 5, 30], name: 'poem.txt' },
      { numbers: [2, 7, 44], name: 'notes.txt' },
      { numbers: [1, 2, 4], name: '-' },
      { numbers: [5, 14, 78], name: 'total' },
    ]);
  });

  it('counts a file named twice twice: two lines, and both in the total', async () => {
    const cwd = folderWith({ 'a.txt': 'one two\n' });
    const result = await wc(['a.txt', 'a.txt'], { cwd });
    expect(result.code, 'wc a.txt a.txt: exit code').toBe(0);
    expect(result.stdout, 'wc a.txt a.txt: stdout (each argument is an input, also when it repeats)').toBe('      1       2       8 a.txt\n      1       2       8 a.txt\n      2       4      16 total\n');
  });

  it('prints the total with the same columns, formatted like the other lines', async () => {
    const cwd = folderWith({ 'a.txt': 'one two\n', 'b.txt': 'three\n' });
    const result = await wc(['-lwmc', 'a.txt', 'b.txt'], { cwd });
    expect(result.stdout, 'wc -lwmc a.txt b.txt: stdout').toBe('      1       2       8       8 a.txt\n      1       1       6       6 b.txt\n      2       3      14      14 total\n');
  });

  it('reports a missing file on stderr, still counts the others, and exits 1', async () => {
    const cwd = folderWith({ 'poem.txt': POEM, 'notes.txt': NOTES });
    const result = await wc(['poem.txt', 'missing.txt', 'notes.txt'], { cwd });
    expect(result.code, 'wc poem.txt missing.txt notes.txt: exit code').toBe(1);
    expect(result.stderr, 'wc poem.txt missing.txt notes.txt: stderr').toContain('wc: missing.txt: No such file or directory');
    expect(parseReport(result.stdout), `wc poem.txt missing.txt notes.txt: stdout was ${show(result.stdout)}`).toEqual([
      { numbers: [2, 5, 30], name: 'poem.txt' },
      { numbers: [2, 7, 44], name: 'notes.txt' },
      { numbers: [4, 12, 74], name: 'total' },
    ]);
  });

  it('reports a folder as "Is a directory" and goes on', async () => {
    const cwd = folderWith({ 'notes.txt': NOTES });
    mkdirSync(path.join(cwd, 'sub'));
    const result = await wc(['sub', 'notes.txt'], { cwd });
    expect(result.code, 'wc sub notes.txt (sub is a folder): exit code').toBe(1);
    expect(result.stderr, 'wc sub notes.txt: stderr').toContain('wc: sub: Is a directory');
    expect(parseReport(result.stdout), `wc sub notes.txt: stdout was ${show(result.stdout)}`).toEqual([
      { numbers: [2, 7, 44], name: 'notes.txt' },
      { numbers: [2, 7, 44], name: 'total' },
    ]);
  });

  it('prints no total for a single input, even a missing one', async () => {
    const cwd = tempDir('b100-p03-');
    const result = await wc(['gone.txt'], { cwd });
    expect(result.code, 'wc gone.txt: exit code').toBe(1);
    expect(result.stdout, 'wc gone.txt: stdout').toBe('');
    expect(result.stderr, 'wc gone.txt: stderr').toContain('wc: gone.txt: No such file or directory');
  });

  it('reports standard input that fails while being read, and keeps the other counts', async () => {
    const cwd = folderWith({ 'notes.txt': NOTES });
    let sent = false;
    const stdin = new Readable({
      read() {
        if (!sent) {
          sent = true;
          this.push(Buffer.from('half a '));
        } else {
          this.destroy(new Error('connection reset'));
        }
      },
    });
    const result = await wc(['notes.txt', '-'], { cwd, stdin });
    expect(result.code, 'wc notes.txt - (stdin fails after "half a "): exit code').toBe(1);
    expect(result.stderr, 'wc notes.txt - (stdin fails): stderr').toContain('wc: -: connection reset');
    expect(parseReport(result.stdout), `wc notes.txt - (stdin fails): stdout was ${show(result.stdout)}`).toEqual([
      { numbers: [2, 7, 44], name: 'notes.txt' },
      { numbers: [2, 7, 44], name: 'total' },
    ]);
  });

  it('names standard input "-" in error messages and uses the reason of the error code', async () => {
    const failing = (error: Error) =>
      new Readable({
        read() {
          this.destroy(error);
        },
      });
    const denied = Object.assign(new Error('EACCES: permission denied, read'), { code: 'EACCES' });
    const unnamed = await wc([], { stdin: failing(denied) });
    expect(unnamed.code, 'wc (stdin fails with EACCES): exit code').toBe(1);
    expect(unnamed.stdout, 'wc (stdin fails with EACCES): stdout').toBe('');
    expect(unnamed.stderr, 'wc (stdin fails with EACCES): stderr').toContain('wc: -: Permission denied');
    const missing = Object.assign(new Error('ENOENT: gone'), { code: 'ENOENT' });
    const named = await wc(['-'], { stdin: failing(missing) });
    expect(named.code, 'wc - (stdin fails with ENOENT): exit code').toBe(1);
    expect(named.stderr, 'wc - (stdin fails with ENOENT): stderr').toContain('wc: -: No such file or directory');
  });

  it('prints each line as soon as its input is counted, before reading the next one', async () => {
    const cwd = folderWith({ 'first.txt': 'counted first\n' });
    const stdout = new LiveOutput();
    let printedBeforeStdin: string | undefined;
    const stdin = new Readable({
      read() {
        if (printedBeforeStdin === undefined) {
          printedBeforeStdin = stdout.text();
          this.push(Buffer.from('then stdin\n'));
          this.push(null);
        }
      },
    });
    const result = await wc(['first.txt', '-'], { cwd, stdin, io: { stdout } });
    expect(result.code, 'wc first.txt -: exit code').toBe(0);
    expect(printedBeforeStdin, 'wc first.txt -: stdin should be read only after the line for first.txt is printed').toBeDefined();
    expect(parseReport(printedBeforeStdin ?? ''), 'wc first.txt -: what stdout held when stdin was first read').toEqual([{ numbers: [1, 2, 14], name: 'first.txt' }]);
    expect(parseReport(stdout.text()), `wc first.txt -: stdout at the end was ${show(stdout.text())}`).toEqual([
      { numbers: [1, 2, 14], name: 'first.txt' },
      { numbers: [1, 2, 11], name: '-' },
      { numbers: [2, 4, 25], name: 'total' },
    ]);
  });

  it('prints the total line in bold only for a terminal without NO_COLOR', async () => {
    const cwd = folderWith({ 'a.txt': 'one two\n', 'b.txt': 'three\n' });
    const args = ['a.txt', 'b.txt'];
    const colour = await wc(args, { cwd, tty: true, env: {} });
    const totalLine = colour.stdout.split('\n').find((line) => line.includes('total')) ?? '';
    expect(totalLine, 'wc a.txt b.txt at a terminal: the total line should carry colour codes').toContain('\x1b[');
    expect(parseReport(colour.stdout).at(-1), 'wc a.txt b.txt at a terminal: the total without colour codes').toEqual({ numbers: [2, 3, 14], name: 'total' });
    const noColor = await wc(args, { cwd, tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout, 'wc a.txt b.txt at a terminal with NO_COLOR=1').toBe(stripAnsi(noColor.stdout));
    const zero = await wc(args, { cwd, tty: true, env: { NO_COLOR: '0' } });
    expect(zero.stdout, 'wc a.txt b.txt at a terminal with NO_COLOR=0 (any non-empty value turns colour off)').toBe(stripAnsi(zero.stdout));
    const empty = await wc(args, { cwd, tty: true, env: { NO_COLOR: '' } });
    expect(empty.stdout, 'wc a.txt b.txt at a terminal with NO_COLOR="" (empty counts as unset): the total line should carry colour codes').toContain('\x1b[');
    expect(noColor.stdout, 'wc a.txt b.txt at a terminal with NO_COLOR=1: same text as with colour, codes removed').toBe(stripAnsi(colour.stdout));
    const piped = await wc(args, { cwd, tty: false, env: {} });
    expect(piped.stdout, 'wc a.txt b.txt into a pipe (not a terminal)').toBe(stripAnsi(piped.stdout));
  });

  it('prints error messages in red only for a terminal without NO_COLOR', async () => {
    const cwd = folderWith({ 'a.txt': 'one two\n' });
    for (const args of [['a.txt', 'nope.txt'], ['-x', 'a.txt']]) {
      const colour = await wc(args, { cwd, tty: true, env: {} });
      expect(colour.stderr, `wc ${args.join(' ')} at a terminal: stderr should carry colour codes`).toContain('\x1b[');
      const noColor = await wc(args, { cwd, tty: true, env: { NO_COLOR: '1' } });
      expect(noColor.stderr, `wc ${args.join(' ')} at a terminal with NO_COLOR=1: stderr`).toBe(stripAnsi(noColor.stderr));
      expect(noColor.stderr.trim(), `wc ${args.join(' ')} with NO_COLOR=1: stderr should still say what is wrong`).not.toBe('');
      const piped = await wc(args, { cwd, tty: false, env: {} });
      expect(piped.stderr, `wc ${args.join(' ')} into a pipe: stderr`).toBe(stripAnsi(piped.stderr));
    }
  });

  it('the real CLI exits 1 for a missing file and still prints the others', async () => {
    const cwd = folderWith({ 'notes.txt': NOTES });
    const result = await runCli(['notes.txt', 'nope.txt'], { cwd });
    expect(result.code, 'src/cli.ts notes.txt nope.txt: exit code').toBe(1);
    expect(result.stderr, 'src/cli.ts notes.txt nope.txt: stderr').toContain('nope.txt');
    expect(parseReport(result.stdout), `src/cli.ts notes.txt nope.txt: stdout was ${show(result.stdout)}`).toEqual([
      { numbers: [2, 7, 44], name: 'notes.txt' },
      { numbers: [2, 7, 44], name: 'total' },
    ]);
  }, SLOW_CHECK_TIMEOUT_MS);
});
