import { messages } from '../messages';
import type { Check } from './check';

/** CG035: a person listed in the attendance has no attended or absent value. */
export const attendanceNotRecorded: Check = {
  code: 'CG035',
  name: 'attendance-not-recorded',
  description: 'A person listed in the attendance is not recorded as present or absent.',
  severity: 'warning',
  dimension: 'P',
  fixable: false,
  sections: ['attendance'],
  run(ctx) {
    return ctx.minutes.attendees
      .filter((p) => p.attended === 'unknown')
      .map((p) => ({ subject: p.name, message: messages.attendanceNotRecorded(p.name), range: ctx.range(p.span) }));
  },
};
