import { Chalk } from 'chalk';
import type { Report } from './analyze.js';

export function formatText(report: Report, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const pct = (report.errorRate * 100).toFixed(1) + '%';
  const out: string[] = [
    'Requests: ' + report.requests,
    'Malformed lines: ' + report.malformed,
    'Outside time range: ' + report.outOfRange,
    'Bytes sent: ' + report.bytes,
    `Error rate: ${report.errors ? c.red(pct) : pct} (${report.errors} of ${report.requests})`,
  ];
  const sections: Array<[string, Array<[string, number]>]> = [
    ['Status codes:', Object.keys(report.status).map((k) => [k, report.status[k]!])],
    ['Top IPs:', report.topIps.map((e) => [e.ip, e.requests])],
    ['Top paths:', report.topPaths.map((e) => [e.path, e.requests])],
    ['Requests per hour (UTC):', report.hours.map((e) => [e.hour.replace('T', ' ').slice(0, 16), e.requests])],
  ];
  for (const [title, rows] of sections) {
    out.push('', c.bold(title));
    if (!rows.length) out.push('  (none)');
    let width = 0;
    for (const [k] of rows) width = Math.max(width, k.length);
    for (const [k, n] of rows) out.push('  ' + k + ' '.repeat(width - k.length) + '  ' + n);
  }
  return out.join('\n') + '\n';
}
