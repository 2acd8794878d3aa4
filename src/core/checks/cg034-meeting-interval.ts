import { Day, toLong } from '../dates';
import type { Check } from './check';

const messages = {
  interval: (days: number, limit: number, prev: Day) =>
    `${days} days have passed since the last core group on ${toLong(prev)} (the expected maximum is ${limit}). Long gaps let the plan drift.`,
};

/** CG034: too many days since the previous core group. */
export const meetingInterval: Check = {
  code: 'CG034',
  name: 'meeting-interval',
  description: 'Too long has passed since the previous core group.',
  severity: 'information',
  dimension: 'E',
  fixable: false,
  run(ctx) {
    const date = ctx.date;
    const prev = ctx.previous?.meta.date;
    if (date === undefined || prev === undefined) return [];
    const limit = ctx.config.timescales.maxDaysBetweenMeetings;
    const days = date - prev;
    if (days <= limit) return [];
    return [{ subject: 'interval', message: messages.interval(days, limit, prev), range: ctx.keyRange('date') }];
  },
};
