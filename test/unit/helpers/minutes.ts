/**
 * Builds fictional minutes text for in-memory tests: a complete, quiet set of minutes by default,
 * with front matter keys and section bodies overridden (null drops a section).
 */

export const SECTION_TITLES: Record<string, string> = {
  attendance: 'Attendance and apologies',
  'previous-actions': 'Review of previous actions',
  'child-voice': "The child's voice and lived experience",
  parents: 'Parents and carers',
  updates: 'Updates from the network',
  'plan-progress': 'Progress against the plan',
  safety: 'Analysis of safety',
  actions: 'Revised plan and actions',
  escalation: 'Drift, delay and escalation',
  contingency: 'Contingency plan',
  'next-meeting': 'Next meeting',
  distribution: 'Minutes distribution',
};

export function table(headers: string[], rows: string[][]): string {
  return ['| ' + headers.join(' | ') + ' |', '|' + headers.map(() => '---').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
}

export const DEFAULT_BODIES: Record<string, string> = {
  attendance: table(['Name', 'Role', 'Attended', 'Report'], [
    ['Fay Brooks', 'Team Manager (chair)', 'Yes', ''],
    ['Nadia Ellis', 'Social Worker', 'Yes', ''],
    ['Hana Ortiz', 'Mother', 'Yes', ''],
  ]),
  'child-voice': 'Nadia saw P alone at school on 8 September. P said she likes her new bike.',
  parents: 'Hana attended and agreed the plan.',
  updates: 'School attendance is 91% this term.',
  'plan-progress': '### O1 P is safe from harm at home\n\nProgress: Amber\n\nNo incidents.\n\n### O2 P attends school every day\n\nProgress: Green\n\nAttendance 91%.',
  safety: 'Worried about shouting at night; Hana engages well. Safety scale: 5/10.',
  actions: table(['ID', 'Action', 'Outcome', 'Owner', 'Due'], [
    ['A1', 'Refer Hana to the parenting course', 'O1', 'Nadia Ellis', '2026-09-24'],
    ['A2', "Check P's attendance every week", 'O2', 'Nadia Ellis', '2026-10-01'],
  ]),
  contingency: 'A strategy discussion the same day if there is another incident.',
  'next-meeting': '8 October 2026 at school.',
  distribution: 'Shared with: core group\nDate shared: 2026-09-14\nAgreed by: Hana Ortiz',
};

export const DEFAULT_FRONT: Record<string, string | number> = {
  type: 'core-group-minutes',
  child: 'P.Q.',
  date: '2026-09-10',
  meeting: 1,
  icpc: '2026-09-01',
  chair: 'Fay Brooks',
  'chair-role': 'Team Manager',
};

export type Bodies = Partial<Record<string, string | null>>;
export type Front = Record<string, string | number | undefined>;

/** Front matter text; a key set to undefined is left out. */
export function frontMatter(front: Front = {}): string {
  const merged: Front = { ...DEFAULT_FRONT, ...front };
  const lines = Object.entries(merged).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`);
  return ['---', ...lines, '---'].join('\n');
}

/** Complete minutes; `bodies` overrides sections (null drops one), `front` the front matter (null: none at all). */
export function goodMinutes(bodies: Bodies = {}, front: Front | null = {}): string {
  const parts: string[] = [];
  if (front !== null) parts.push(frontMatter(front));
  parts.push('# Core group meeting');
  for (const [id, title] of Object.entries(SECTION_TITLES)) {
    const body = id in bodies ? bodies[id] : DEFAULT_BODIES[id];
    if (body === undefined || body === null) continue;
    parts.push(body === '' ? `## ${title}` : `## ${title}\n\n${body}`);
  }
  return parts.join('\n\n') + '\n';
}
