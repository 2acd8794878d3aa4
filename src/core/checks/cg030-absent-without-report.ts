import { messages } from '../messages';
import type { Check } from './check';

const NO_REPORT = /^(no|none|not|n\/a)\b/i;

/** CG030: an absent professional sent no report. */
export const absentWithoutReport: Check = {
  code: 'CG030',
  name: 'absent-without-report',
  description: 'A professional did not attend and no report from them is recorded.',
  severity: 'warning',
  dimension: 'P',
  fixable: false,
  run(ctx) {
    return ctx.minutes.attendees
      .filter((p) => p.kind === 'professional' && p.attended === 'absent')
      .filter((p) => p.report === '' || /^[-–—]$/.test(p.report) || NO_REPORT.test(p.report))
      .map((p) => ({ subject: p.name, message: messages.absentNoReport(p.name), range: ctx.range(p.span) }));
  },
};
