/**
 * The CSV text itself is broken (a quote that never closes, a stray quote): parsing cannot go
 * on, because nothing tells where the next record starts. `line` is the physical line (1-based)
 * where the problem is, counting the line breaks inside quoted fields too.
 */
export class CsvSyntaxError extends Error {
  readonly line: number;

  constructor(message: string, line: number) {
    super(message);
    // Without this the error would print as "Error: ..." in stack traces.
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

/** The input does not fit the report: no header row, or a column the header does not have. */
export class ReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportError';
  }
}
