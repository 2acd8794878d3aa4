/** Writes the planned corpus as Markdown minutes (plus the planted stray and non-minutes files). */
import type { ChildPlan, MeetingPlan, Person } from './plan';
import { addDays, UNKNOWN_REVIEW_HEADING } from './plan';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const long = (iso: string) => `${+iso.slice(8, 10)} ${MONTHS[+iso.slice(5, 7) - 1]} ${iso.slice(0, 4)}`;
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function attendance(m: MeetingPlan): string[] {
  const lines = [row(['Name', 'Role', 'Attended', 'Report']), '|---|---|---|---|'];
  for (const p of m.people) {
    const role = p === m.chair ? `${p.role} (chair)` : p.role;
    lines.push(row([p.name, role, p.attended ? 'Yes' : 'No', p.attended ? '' : p.report]));
  }
  return lines;
}

/** Names only the parents it means to: present ones and absent ones whose views were sought. */
function parents(m: MeetingPlan): string[] {
  const out: string[] = [];
  for (const p of m.people.filter((x) => x.kind === 'parent')) {
    if (p.attended) out.push(`${p.first} attended and contributed to the plan.`);
    else if (p.considered) out.push(`${p.first} did not attend; the social worker phoned on ${long(addDays(m.date, -2))} and the views given are recorded here.`);
  }
  if (out.length === 0) out.push('Nothing further was recorded about the family at this meeting.');
  return out;
}

function reviews(m: MeetingPlan): string[] {
  if (m.reviewUnrecognised) {
    // Written under a heading nobody knows, as a list: the entries are there, but not read. (A table
    // with a Status column there would be read by what it holds, src/core/read/by-content.ts.)
    return m.untracked.map((a) => `- ${a.id} ${a.wording} (${a.owner}, ${a.due}): carried over.`);
  }
  if (m.reviews.length === 0) return ['No actions were open from the last meeting.'];
  const lines = [row(['ID', 'Action', 'Owner', 'Due', 'Status', 'Update', 'Impact on the child']), '|---|---|---|---|---|---|---|'];
  for (const r of m.reviews) {
    const a = r.action;
    lines.push(row([a.id, a.wording, a.owner, a.due, r.done ? 'Done' : 'In progress', r.done ? 'Completed' : 'Not yet completed', r.impact]));
  }
  return lines;
}

function actions(m: MeetingPlan): string[] {
  const lines = [row(['ID', 'Action', 'Outcome', 'Owner', 'Due']), '|---|---|---|---|---|'];
  for (const a of m.actions) lines.push(row([a.id, a.wording, a.outcome, a.owner, a.due]));
  return lines;
}

export function renderMinutes(c: ChildPlan, m: MeetingPlan): string {
  const parentsNames = m.people.filter((p: Person) => p.kind === 'parent').map((p) => p.first).join(' and ');
  const escalated = m.reviews.filter((r) => r.escalated);
  const out: string[] = [
    '---',
    'type: core-group-minutes',
    `child: ${c.child}`,
    `date: ${m.date}`,
    `meeting: ${m.k}`,
    ...(m.k === 1 ? [`icpc: ${c.icpc}`] : []),
    `chair: ${m.chair.name}`,
    `chair-role: ${m.chair.role}`,
    ...(m.previous ? [`previous: ${m.previous}`] : []),
    `area: ${c.area}`,
    `team: ${c.team}`,
    '---',
    '',
    `# Core group meeting: ${c.child}, ${long(m.date)}`,
    '',
    'All names and details in this file are fictional.',
    '',
    '## Attendance and apologies',
    '',
    ...attendance(m),
    '',
    ...(m.k > 1 ? [`## ${m.reviewUnrecognised ? UNKNOWN_REVIEW_HEADING : 'Review of previous actions'}`, '', ...reviews(m), ''] : []),
    "## The child's voice and lived experience",
    '',
    m.voiceEmpty
      ? '<!-- Record who saw the child, when, whether alone, and what the child said or showed. -->'
      : m.seenWithParent
        ? `The social worker saw ${c.child} at home with ${m.people.find((p) => p.role === 'Mother')!.first} on ${long(addDays(m.date, -3))}. ${c.child} said home has been calmer.`
        : `The social worker saw ${c.child} alone at school on ${long(addDays(m.date, -3))}. ${c.child} said home has been calmer and drew a picture of the family.`,
    '',
    '## Parents and carers',
    '',
    ...parents(m),
    '',
    '## Updates from the network',
    '',
    `School attendance this term is ${80 + (m.k * 3) % 17}%. The health visitor has no new concerns.`,
    '',
    '## Progress against the plan',
    '',
    `### O1 ${c.child} is safe from exposure to conflict at home`,
    '',
    'Progress: Amber',
    '',
    'No incidents reported since the last meeting.',
    '',
    `### O2 ${c.child} attends school every day, fed and ready to learn`,
    '',
    ...(m.noRating ? [] : ['Progress: Green', '']),
    'Attendance is improving.',
    '',
    ...(m.safetyMissing
      ? []
      : ['## Analysis of safety', '', 'What we are worried about: arguments at night. What is working well: the family engage with every visit. Safety scale: 6/10.', '']),
    '## Revised plan and actions',
    '',
    ...actions(m),
    '',
    ...(escalated.length > 0
      ? ['## Drift, delay and escalation', '', ...escalated.map((r) => `- ${r.action.id}: escalated to the team manager on ${long(m.date)}.`), '']
      : []),
    ...(m.contingencyMissing ? [] : ['## Contingency plan', '', 'If there is a further incident, a strategy discussion will be held the same day.', '']),
    '## Next meeting',
    '',
    `${long(addDays(m.date, 28))}, at the family home.`,
    '',
    '## Minutes distribution',
    '',
    `Shared with: all core group members, ${parentsNames}`,
    ...(m.notShared ? [] : [`Date shared: ${addDays(m.date, 4)}`]),
    'Agreed by: the core group',
    '',
  ];
  return out.join('\n');
}

export const STRAY_TEXT = ['---', 'type: core-group-minutes', 'child: [draft', 'date: 2026-13-45', '---', '', '# Draft minutes', '', 'Unfinished draft.', ''].join('\n');
export const NOTES_TEXT = ['# Working notes', '', 'Fictional notes that are not core group minutes.', ''].join('\n');
export const README_TEXT = ['# Fictional corpus', '', 'Generated core group minutes for testing the audit. Every name is invented.', ''].join('\n');

/** A draft of the next meeting: not minutes yet, so the audit leaves it out (and counts it). */
export function draftText(c: ChildPlan, date: string): string {
  return ['---', 'type: core-group-minutes', `child: ${c.child}`, `date: ${date}`, 'status: draft', `area: ${c.area}`, `team: ${c.team}`, '---', '',
    `# Core group meeting: ${c.child}, ${long(date)} (draft)`, '', '## Attendance and apologies', '', '<!-- To be completed at the meeting. -->', ''].join('\n');
}

/** Every file of the corpus, by path relative to its folder. */
export function renderCorpus(children: ChildPlan[]): Map<string, string> {
  const files = new Map<string, string>([['README.md', README_TEXT]]);
  for (const c of children) {
    for (const m of c.meetings) files.set(m.file, renderMinutes(c, m));
    if (c.stray) files.set(c.stray, STRAY_TEXT);
    if (c.notes) files.set(c.notes, NOTES_TEXT);
    if (c.draft) files.set(c.draft.file, draftText(c, c.draft.date));
  }
  return files;
}
