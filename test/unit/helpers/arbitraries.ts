/**
 * fast-check arbitraries for minutes: random sections (present, missing, reordered, duplicated),
 * random tables (random cells with pipes, escapes and unicode), random front matter (sometimes
 * broken), and random mutations of existing files.
 */
import fc from 'fast-check';
import { SECTION_TITLES } from './minutes';

const ALIASES: Record<string, string[]> = {
  attendance: ['Attendance', 'Present', 'Apologies'],
  'previous-actions': ['Previous minutes and actions', 'Actions from last meeting'],
  'child-voice': ['Voice of the child', "Child's views"],
  parents: ['Parental engagement', 'Absent parent'],
  updates: ['Agency updates'],
  'plan-progress': ['CP plan review'],
  safety: ['Signs of Safety analysis'],
  actions: ['Agreed actions', 'SMART actions'],
  escalation: ['Escalation'],
  contingency: ['Contingency'],
  'next-meeting': ['Date of next core group'],
  distribution: ['Circulation', 'Minutes shared'],
};
const IDS = Object.keys(SECTION_TITLES);

/**
 * Short free text with the characters that make Markdown and regexes interesting. An HTML comment
 * opened mid-line and never closed is left out: the core reads it as a comment to the end of the
 * section (src/core/text.ts stripComments), where Markdown shows it as text (reported separately).
 */
export const junk = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'x', 'O', 'A', '1', '2', ' ', ' ', '-', ':', '.') },
    { weight: 3, arbitrary: fc.constantFrom('|', '\\|', '\\', '*', '_', '`', '#', '<!-- c -->', '\n<!--', '-->', '[', ']', '(', ')', '$&', '$1', '~', '>', '\t', '&amp;', '<', '\u00a0', '\u200b') },
    { weight: 2, arbitrary: fc.constantFrom('é', 'ß', 'Ł', '日本', '👩‍👧', '\u0301', 'ﬁ', 'İ', '\ud800', '\u0000', '\r') },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  ),
  maxLength: 24,
});

const word = fc.constantFrom('Done', 'done – letter sent', 'In progress', 'Not started', 'Carried forward', 'Withdrawn', 'TBC', 'Waiting', '', '-', 'Yes', 'No', 'Apologies', 'DNA', 'n/a', 'Report received', 'None');
const dateCell = fc.constantFrom('2026-09-24', '2026-10-08', '2026-12-01', '01/10/2026', '1 Oct 2026', '1 October 2026', 'Next core group', 'by next meeting', 'Ongoing', 'ASAP', '', '2026-02-30', '10th of December');
const idCell = fc.oneof(fc.constantFrom('A1', 'a1', 'A2', 'A3', 'B12', '', '1', 'A1 ', 'O1'), fc.integer({ min: 1, max: 9 }).map((n) => `A${n}`));
const nameCell = fc.constantFrom('Sam Lee', 'Mrs Ivy Hart', 'PC Amy Jones', 'Dean', '', 'Hana Ortiz');
const roleCell = fc.constantFrom('Mother', 'Father', 'Stepfather', 'Foster carer', 'Grandmother', 'Social Worker', 'GP', 'Team Manager (chair)', '');
const cell = fc.oneof({ weight: 3, arbitrary: junk }, { weight: 2, arbitrary: word }, { weight: 1, arbitrary: dateCell }, { weight: 1, arbitrary: idCell }, { weight: 1, arbitrary: nameCell }, { weight: 1, arbitrary: roleCell });

/** A cell's text on one line (a comment opener only where it starts a line, so none in cells). */
const oneLine = (c: string) => c.replace(/\n<!--/g, '').replace(/[\r\n]/g, ' ');

const HEADERS = ['ID', 'Action', 'Outcome', 'Owner', 'Due', 'Status', 'Update', 'Impact on the child', 'Name', 'Role', 'Attended', 'Report', 'Ref', 'Progress', 'Notes', '#'];

/** A GFM table: known or unknown headers, ragged rows of random cells. */
export const tableArb = fc
  .tuple(fc.subarray(HEADERS, { minLength: 1, maxLength: 7 }), fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), { maxLength: 6 }), fc.boolean())
  .map(([headers, rows, leadingPipe]) => {
    const line = (cells: string[]) => (leadingPipe ? '| ' : '') + cells.map(oneLine).join(' | ') + (leadingPipe ? ' |' : '');
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
  });

/** Typical tables of a section, with the right headers and plausible rows. */
const reviewTable = fc.array(fc.tuple(idCell, junk, nameCell, dateCell, word, junk, junk), { maxLength: 5 })
  .map((rows) => ['| ID | Action | Owner | Due | Status | Update | Impact on the child |', '|---|---|---|---|---|---|---|', ...rows.map((r) => '| ' + r.map((c) => oneLine(c).replace(/\|/g, '\\|')).join(' | ') + ' |')].join('\n'));
const actionsTable = fc.array(fc.tuple(idCell, junk, fc.constantFrom('O1', 'O2', 'O3', '', '-'), nameCell, dateCell), { maxLength: 5 })
  .map((rows) => ['| ID | Action | Outcome | Owner | Due |', '|---|---|---|---|---|', ...rows.map((r) => '| ' + r.map((c) => oneLine(c).replace(/\|/g, '\\|')).join(' | ') + ' |')].join('\n'));
const attendanceTable = fc.array(fc.tuple(nameCell, roleCell, word, word), { maxLength: 5 })
  .map((rows) => ['| Name | Role | Attended | Report |', '|---|---|---|---|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n'));

const outcome = fc.tuple(fc.constantFrom('O1', 'O2', 'O3', 'o1', 'O1:'), junk, fc.constantFrom('Progress: Amber', 'Progress:', 'RAG: green', '**Progress:** Red', 'Progress:TBC', 'Progress: Purple', '<!-- Progress: Red -->', '', '- Progress: amber'), junk)
  .map(([id, title, rating, evidence]) => `### ${id} ${title}\n\n${rating}\n\n${evidence}`);

/** A section body: text, tables, prompts, lists, fences (sometimes left open), subsections. */
export const bodyArb = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: junk },
    { weight: 2, arbitrary: tableArb },
    { weight: 2, arbitrary: reviewTable },
    { weight: 2, arbitrary: actionsTable },
    { weight: 1, arbitrary: attendanceTable },
    { weight: 2, arbitrary: outcome },
    { weight: 1, arbitrary: fc.constantFrom('<!-- Record what was discussed. -->', '', '   ', '- a\n- b', '> quoted', '```\n## Contingency plan\n```', '```', '~~~~\nopen fence', '<!--\n## Next meeting', 'Shared with: all\nDate shared:', 'Date shared: 2026-09-14', 'Date shared: TBC', 'A1 was escalated.', '    ## indented', '---', '***') },
  ),
  { maxLength: 3 },
).map((parts) => parts.join('\n\n'));

const headingArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...IDS).map((id) => SECTION_TITLES[id]) },
  { weight: 2, arbitrary: fc.constantFrom(...IDS).chain((id) => fc.constantFrom(...ALIASES[id])) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom('.', ')'), fc.constantFrom(...IDS)).map(([n, p, id]) => `${n}${p} ${SECTION_TITLES[id]}:`) },
  { weight: 1, arbitrary: junk },
);

export const sectionArb = fc.tuple(fc.constantFrom('##', '##', '##', '###', '#'), headingArb, bodyArb).map(([hashes, heading, body]) => `${hashes} ${oneLine(heading)}\n\n${body}`);

const fmValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('2026-10-08', '2026-09-10', '08/10/2026', '8 Oct 2026', '10th of December', '2026-02-30', '', '1', '2', 'P.Q.', '"quoted"', "'single'", '[a, b]', '{ a: 1 }', 'null', '~', 'yes') },
  { weight: 1, arbitrary: junk.map(oneLine) },
);
const fmKey = fc.constantFrom('type', 'child', 'date', 'meeting', 'icpc', 'chair', 'chair-role', 'previous', 'plan', 'area', 'team', 'other');

/** Front matter: good, with random values, broken YAML, or none at all. */
export const frontMatterArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ date: fmValue, meeting: fc.constantFrom('1', '2', '3', 'x', ''), previous: fc.constantFrom('', './prev.md', './missing.md', '../../etc/passwd', './cur.md', 'prev.md'), plan: fc.constantFrom('', './plan.md', './nope.md'), role: fc.constantFrom('Team Manager', 'Social Worker', '') })
    .map((r) => ['---', 'type: core-group-minutes', 'child: P.Q.', `date: ${r.date}`, `meeting: ${r.meeting}`, 'icpc: 2026-09-01', 'chair: Sam Lee', `chair-role: ${r.role}`, r.previous && `previous: ${r.previous}`, r.plan && `plan: ${r.plan}`, '---'].filter((l) => l !== '').join('\n')) },
  { weight: 2, arbitrary: fc.array(fc.tuple(fmKey, fmValue), { maxLength: 8 }).map((pairs) => ['---', 'type: core-group-minutes', ...pairs.map(([k, v]) => `${k}: ${v}`), '---'].join('\n')) },
  { weight: 1, arbitrary: junk.map((j) => `---\ntype: core-group-minutes\ndate: 2026-10-08\nchair: ${j}: [\n  - {\n---`) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** Whole minutes: front matter, a title, then random sections in random order, some duplicated. */
export const minutesArb = fc
  .tuple(frontMatterArb, fc.array(sectionArb, { maxLength: 14 }), fc.constantFrom('\n', '\n', '\r\n'), fc.boolean())
  .map(([front, sections, eol, bom]) => {
    const text = [front, '# Core group', ...sections].filter((p) => p !== '').join('\n\n') + '\n';
    return (bom ? '\uFEFF' : '') + (eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n'));
  });

/** Complete minutes in template order with a few sections dropped or duplicated. */
export const templateMinutesArb = fc
  .tuple(frontMatterArb, fc.subarray(IDS), fc.array(fc.tuple(fc.constantFrom(...IDS), bodyArb), { maxLength: 6 }))
  .map(([front, present, bodies]) => {
    const body = new Map(bodies);
    const parts = [front, '# Core group'];
    for (const id of IDS) if (present.includes(id)) parts.push(`## ${SECTION_TITLES[id]}\n\n${body.get(id) ?? 'Recorded.'}`);
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
  });

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'insert'; at: number; text: string };

export const mutationsArb = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: junk }),
  ),
  { minLength: 1, maxLength: 6 },
);

/** Applies line mutations (positions taken modulo the current size) to a text. */
export function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) lines = [''];
    const i = m.at % lines.length;
    if (m.op === 'delete') lines.splice(i, 1);
    else if (m.op === 'duplicate') lines.splice(i, 0, lines[i]);
    else if (m.op === 'swap') {
      const j = m.with % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
    } else {
      const joined = lines.join('\n');
      const at = m.at % (joined.length + 1);
      lines = (joined.slice(0, at) + m.text + joined.slice(at)).split('\n');
    }
  }
  return lines.join('\n');
}

/** Small structures that cost the parser far more than prose (test/unit/helpers/bombs.ts has the big ones). */
const STRUCTURES: ((i: number) => string)[] = [
  () => '| a | b |\n|---|---|\n\n',
  (i) => `[l${i}]: https://example.org/${i}\n`,
  () => '#\n',
  () => '-\n',
  () => '\n',
  () => '> \n',
  () => '| *a* `b` | [c] |\n',
  () => 'a\n=\n',
];

/** Template minutes with one small structure repeated up to 2,500 times in one section: sometimes past the budget. */
export const structuresArb = fc
  .tuple(templateMinutesArb, fc.integer({ min: 0, max: STRUCTURES.length - 1 }), fc.integer({ min: 0, max: 2500 }), fc.nat())
  .map(([text, kind, copies, at]) => {
    const starts = [...text.matchAll(/^## /gm)].map((m) => m.index!);
    const where = starts.length === 0 ? text.length : starts[at % starts.length];
    const block = Array.from({ length: copies }, (_, i) => STRUCTURES[kind](i)).join('');
    return text.slice(0, where) + block + '\n' + text.slice(where);
  });

/** JSON text of a value built by `parts`; object keys written as they are (so "__proto__" stays a key). */
function jsonText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(jsonText).join(', ')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${JSON.stringify(k)}: ${jsonText(x)}`).join(', ')}}`;
  return JSON.stringify(v) ?? 'null';
}

const settingKey = fc.constantFrom('checks', 'timescales', 'managerRoles', 'extraHolidays', 'sections', '$schema', 'colours', '__proto__', 'constructor', 'prototype', 'CG010', 'cg060', 'id', 'title', 'aliases', 'required', 'maxDaysBetweenMeetings');
const settingValue = fc.oneof(
  fc.constantFrom('off', 'hint', 'warning', 'error', 'loud', '', '  ', '2026-05-08', '8 May 2027', 'health', 'Health', 42, -1, 1.5, 0, 3651, true, null),
  fc.jsonValue({ maxDepth: 2 }),
);
/** A tree of settings-like objects and lists, with reserved names sometimes, up to `depth` deep. */
const settingTree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, settingValue, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(settingKey, tie('node'), { maxKeys: 4 })),
})).node;

/** A `.coregroup.json` text: valid settings, random trees, nesting near and past the limit, a BOM, comments. */
export const configTextArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ checks: fc.dictionary(fc.constantFrom('CG010', 'CG060', 'cg021', 'CG999'), fc.constantFrom('off', 'hint', 'error', 'loud')), timescales: fc.record({ maxDaysBetweenMeetings: fc.integer({ min: -2, max: 4000 }) }), managerRoles: fc.array(fc.constantFrom('Team Manager', ' ', 'Head of Service'), { maxLength: 3 }) }, { requiredKeys: [] }).map(jsonText) },
  { weight: 3, arbitrary: fc.dictionary(settingKey, settingTree, { maxKeys: 5 }).map(jsonText) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => '{"checks": ' + '{"a": '.repeat(n) + '"off"' + '}'.repeat(n) + '}') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
).chain((json) => fc.constantFrom(json, '\uFEFF' + json, `// settings\n${json}`, json.slice(0, Math.floor(json.length / 2))));
