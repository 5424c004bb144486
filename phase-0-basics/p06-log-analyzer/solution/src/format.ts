// The report as text for a person. (--json prints the Report object itself.)
import { Chalk, type ChalkInstance } from 'chalk';
import type { Report } from './analyze.js';

/** One row of a list: the key in the first column, the count after it. */
type Row = [key: string, count: number];

/** A bold heading and its rows, keys padded to the longest so that the counts line up. */
function section(chalk: ChalkInstance, title: string, rows: Row[]): string[] {
  if (rows.length === 0) return [chalk.bold(title), '  (none)'];
  const width = Math.max(...rows.map(([key]) => key.length));
  const lines = rows.map(([key, count]) => `  ${key.padEnd(width)}  ${count}`);
  return [chalk.bold(title), ...lines];
}

/** 2000-10-10T20:00:00.000Z is shown as 2000-10-10 20:00. */
function hourLabel(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/**
 * Formats a report as the text `log-analyzer` prints. With `color`, headings are bold and a
 * non-zero error rate is red; without, the text is the same minus the colour codes.
 */
export function formatText(report: Report, options: { color: boolean }): string {
  // Level 1 is basic 16-colour output; level 0 returns every string unchanged.
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const rate = `${(report.errorRate * 100).toFixed(1)}%`;
  const lines = [
    `Requests: ${report.requests}`,
    `Malformed lines: ${report.malformed}`,
    `Outside time range: ${report.outOfRange}`,
    `Bytes sent: ${report.bytes}`,
    `Error rate: ${report.errors > 0 ? chalk.red(rate) : rate} (${report.errors} of ${report.requests})`,
    '',
    ...section(chalk, 'Status codes:', Object.entries(report.status)),
    '',
    ...section(chalk, 'Top IPs:', report.topIps.map(({ ip, requests }) => [ip, requests])),
    '',
    ...section(chalk, 'Top paths:', report.topPaths.map(({ path, requests }) => [path, requests])),
    '',
    ...section(chalk, 'Requests per hour (UTC):', report.hours.map(({ hour, requests }) => [hourLabel(hour), requests])),
  ];
  return `${lines.join('\n')}\n`;
}
