import { Day, toLong } from '../dates';
import type { Check } from './check';

const messages = {
  late: (days: number, limit: number, icpc: Day) =>
    `This first core group was held ${days} working days after the initial conference on ${toLong(icpc)}; the timescale is ${limit} working days. Delay leaves the plan without momentum.`,
};

/** CG033: the first core group is held more than N working days after the initial conference. */
export const firstMeetingLate: Check = {
  code: 'CG033',
  name: 'first-meeting-late',
  description: 'The first core group was held too long after the initial child protection conference.',
  severity: 'warning',
  dimension: 'E',
  fixable: false,
  run(ctx) {
    const { meeting, icpc } = ctx.minutes.meta;
    const date = ctx.date;
    if (meeting !== 1 || icpc === undefined || date === undefined) return [];
    const limit = ctx.config.timescales.firstMeetingWorkingDays;
    const days = ctx.calendar.workingDaysBetween(icpc, date);
    if (days <= limit) return [];
    return [{ subject: 'icpc', message: messages.late(days, limit, icpc), range: ctx.keyRange('icpc') }];
  },
};
