import { hasReport } from '../record';
import type { Check } from './check';
import { columnHelp } from './learn';

const messages = {
  noReport: (name: string) => `${name} did not attend and no report is recorded. Absent professionals should send a written report so their information informs the plan.`,
};

/** CG030: an absent professional sent no report. */
export const absentWithoutReport: Check = {
  code: 'CG030',
  name: 'absent-without-report',
  description: 'A professional did not attend and no report from them is recorded.',
  severity: 'warning',
  dimension: 'P',
  fixable: false,
  sections: ['attendance'],
  run(ctx) {
    return ctx.minutes.attendees
      .filter((p) => p.kind === 'professional' && p.attended === 'absent')
      .filter((p) => !hasReport(p.report))
      .map((p) => {
        const help = p.form === 'table' ? columnHelp(ctx, 'attendance', 'report', p.span) : { sentence: '', fixes: [] };
        return { subject: p.name, message: messages.noReport(p.name) + help.sentence, range: ctx.range(p.span), fixes: help.fixes };
      });
  },
};
