import { messages } from '../messages';
import { containsWords, plainWords } from '../read/lexicon';
import type { Check } from './check';

/** Whether a chair role names one of the manager roles (whole words, case-insensitive). */
export function isManagerRole(role: string | undefined, managerRoles: readonly string[]): boolean {
  const words = plainWords(role ?? '');
  return managerRoles.some((r) => plainWords(r).length > 0 && containsWords(words, plainWords(r)));
}

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
    return [{ subject: 'chair', message: messages.firstMeetingChair(role), range: ctx.keyRange(role ? 'chair-role' : 'chair') }];
  },
};
