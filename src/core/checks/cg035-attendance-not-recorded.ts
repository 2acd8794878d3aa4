import type { Check } from './check';

const messages = {
  notRecorded: (name: string) =>
    `${name} is listed in the attendance, but whether they attended is not recorded. Say present or absent (and for anyone absent, whether they sent a report), so everyone can see who was there.`,
};

/** CG035: a person listed in the attendance has no attended or absent value (a blank cell, a placeholder). */
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
      .map((p) => ({ subject: p.name, message: messages.notRecorded(p.name), range: ctx.range(p.span) }));
  },
};
