import { messages } from '../messages';
import { containsPhrase, tokens } from '../vocabulary';
import type { Check } from './check';

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
    const toks = tokens(role ?? '');
    if (ctx.config.managerRoles.some((r) => containsPhrase(toks, tokens(r).join(' ')))) return [];
    return [{ subject: 'chair', message: messages.firstMeetingChair(role), range: ctx.keyRange(role ? 'chair-role' : 'chair') }];
  },
};
