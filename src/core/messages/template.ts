/**
 * The words the template puts into minutes and their messages: why each built-in section matters
 * (CG001, CG002), the prompt a new section starts with, and the prompts inside inserted blocks
 * (outcome reviews, the distribution lines), shared by quick fixes and new minutes.
 */

/** Why each built-in section matters: the second sentence of CG001's and CG002's messages. */
export const WHY_SECTION: Record<string, string> = {
  attendance: 'Without it, nobody can see who attended, who sent apologies and whose reports are missing.',
  'previous-actions': 'Each action from the last meeting needs a review, or the plan cannot move forward.',
  'child-voice': 'The minutes must show who saw the child, and what the child said or showed.',
  parents: "Each parent's involvement, and how an absent parent was followed up, must be recorded.",
  updates: 'New information since the last meeting should be recorded.',
  'plan-progress': 'Without it, nobody can tell whether the child protection plan is working.',
  safety: 'The core group needs to weigh the worries against what is working well to judge how safe the child is.',
  actions: 'The plan should be revised at every core group, with clear actions.',
  escalation: 'Drift and delay need to be named and escalated.',
  contingency: 'Everyone needs to know what will happen if the plan does not bring change.',
  'next-meeting': 'A set date for the next core group keeps the plan on track.',
  distribution: 'Minutes should be recorded as shared with, and agreed by, the family and the network.',
};

export const PROMPTS: Record<string, string> = {
  attendance: 'Record who attended, their role, and for anyone absent whether a report was received.',
  'previous-actions': 'Review every action from the last meeting: status, update, and the impact on the child of any delay.',
  'child-voice': 'Record who saw the child, when, whether alone, and what the child said or showed.',
  parents: 'Record each parent or carer: attended or not; for an absent parent, how their views were sought.',
  updates: 'Record new information from each agency since the last meeting.',
  'plan-progress': 'Add one "### O1 ..." subsection per outcome, each with a Progress: Red, Amber or Green line and the evidence.',
  safety: 'What are we worried about? What is working well? What needs to happen? Safety scale: ?/10',
  actions: 'Set SMART actions: ID, action, outcome, owner and a due date.',
  escalation: 'Record any drift or delay, how it was escalated and to whom.',
  contingency: 'Record what will happen if the plan does not achieve change.',
  'next-meeting': 'Record the date, time and place of the next core group.',
  distribution: 'Record who the minutes were shared with, the date, and who agreed them.',
};

export function promptFor(id: string, title: string): string {
  return `<!-- ${PROMPTS[id] ?? `Record the ${title.toLowerCase()} here.`} -->`;
}

/** Prompts inside blocks that quick fixes and new minutes insert, as HTML comments. */
export const inlinePrompts = {
  evidence: 'Record the evidence of progress since the last meeting.',
  rating: 'Red, Amber or Green',
  sharedWith: 'who received the minutes',
  agreedBy: 'who agreed them',
};

/** Every prompt text the template writes: such text alone, uncommented, is not content (real-minutes.md, principle 7). */
export function templatePrompts(): string[] {
  return [...Object.values(PROMPTS), ...Object.values(inlinePrompts)];
}
