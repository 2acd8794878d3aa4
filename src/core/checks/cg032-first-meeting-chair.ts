import { isManagerRole } from '../record';
import type { Check } from './check';

const messages = {
  notManager: (role: string | undefined) =>
    `The first core group should be chaired by a manager${role ? `; the chair's role is "${role}"` : ', and no chair role is recorded'}. A manager chairing the first meeting sets the plan off with authority.`,
};

/** CG032: the first core group is not chaired by a manager. */
export const firstMeetingChair: Check = {
  code: 'CG032',
  name: 'first-meeting-chair',
  description: 'The first core group is not chaired by a manager.',
  severity: 'warning',
  dimension: 'Q',
  fixable: false,
  run(ctx) {
    if (ctx.minutes.meta.meeting !== 1) return [];
    const role = ctx.minutes.meta.chairRole;
    if (isManagerRole(role, ctx.config.managerRoles)) return [];
    return [{ subject: 'chair', message: messages.notManager(role), range: ctx.keyRange(role ? 'chair-role' : 'chair') }];
  },
};
