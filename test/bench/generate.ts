/** Fictional minutes of a chosen size for the benchmark: realistic sections, tables and prose. */

const NAMES = ['Ada Moss', 'Ben Hale', 'Cara Voss', 'Dev Rana', 'Eli Stone', 'Fay Lund', 'Gus Reed', 'Hana Ito'];
const ROLES = ['Social Worker', 'Health Visitor', 'Class Teacher', 'School Nurse', 'GP', 'Police', 'Mother', 'Father'];
const PROSE = 'The network discussed how the week has gone for the child, what has changed since the last visit, and what the family say would help next. ';

function iso(i: number): string {
  return `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
}

export function minutesText(opts: { targetBytes: number; meeting: number; previous?: string; date: string; seed?: number }): string {
  const head = [
    '---', 'type: core-group-minutes', 'child: B.N.', `date: ${opts.date}`, `meeting: ${opts.meeting}`, 'chair: Ada Moss', 'chair-role: Team Manager',
    ...(opts.previous ? [`previous: ${opts.previous}`] : []), 'area: North', 'team: Family Safeguarding 9', '---', '', `# Core group meeting ${opts.meeting}`, '',
    '## Attendance and apologies', '', '| Name | Role | Attended | Report |', '|---|---|---|---|',
    ...NAMES.map((n, i) => `| ${n} | ${ROLES[i]} | ${i % 3 ? 'Yes' : 'No'} | ${i % 3 ? '' : 'Report received'} |`), '',
    ...(opts.meeting > 1 ? ['## Review of previous actions', '', '| ID | Action | Owner | Due | Status | Update | Impact on the child |', '|---|---|---|---|---|---|---|',
      ...Array.from({ length: 4 }, (_, i) => `| A${(opts.meeting - 1) * 4 + i + 1} | Action ${i} of meeting ${opts.meeting - 1} | Ben Hale | ${iso(i)} | Done | Completed | Settled |`), ''] : []),
    "## The child's voice and lived experience", '', 'Seen alone at school; said home feels calmer and enjoys football.', '',
    '## Parents and carers', '', 'Both parents attended; Fay and Gus contributed to the plan.', '',
  ];
  const tail = [
    '## Progress against the plan', '', '### O1 The child is safe at home', '', 'Progress: Amber', '', 'No incidents since the last meeting.', '',
    '### O2 The child attends school every day', '', 'Progress: Green', '', 'Attendance is 96%.', '',
    '## Analysis of safety', '', 'Worries remain about arguments at night; working well: the school is a safe place. Safety scale: 6/10', '',
    '## Revised plan and actions', '', '| ID | Action | Outcome | Owner | Due |', '|---|---|---|---|---|',
    ...Array.from({ length: 4 }, (_, i) => `| A${opts.meeting * 4 + i + 1} | Action ${i} of meeting ${opts.meeting} | O${1 + (i % 2)} | Ben Hale | ${iso(i + 3)} |`), '',
    '## Contingency plan', '', 'A strategy discussion the same day if there is an incident.', '',
    '## Next meeting', '', '10 December 2026 at school.', '',
    '## Minutes distribution', '', 'Shared with: core group', 'Date shared: 2026-11-20', 'Agreed by: Fay Lund', '',
  ];
  const base = head.join('\n').length + tail.join('\n').length;
  const updates = ['## Updates from the network', ''];
  let size = base;
  let i = 0;
  // Grow the updates with prose paragraphs, lists and a table until the target size is reached.
  while (size < opts.targetBytes) {
    const block = i % 5 === 4
      ? `| Agency | Update |\n|---|---|\n| ${ROLES[i % 8]} | ${PROSE.slice(0, 60)} |\n| ${ROLES[(i + 1) % 8]} | ${PROSE.slice(10, 70)} |\n`
      : i % 3 === 2 ? `- ${PROSE}\n- **${NAMES[i % 8]}**: ${PROSE.slice(0, 80)}\n` : `${NAMES[i % 8]} reported: ${PROSE}${PROSE}\n`;
    updates.push(block);
    size += block.length + 1;
    i++;
  }
  updates.push('');
  return [...head, ...updates, ...tail].join('\n');
}
