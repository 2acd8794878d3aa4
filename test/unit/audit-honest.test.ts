/**
 * The honest audit (real-minutes.md, principle 12): on minutes written to real council templates it
 * reports what a quality assurance officer would; minutes whose headings it could not read are not
 * assessable, never a pass, and their headings and columns come back with a suggested
 * `.coregroup.json`; drafts are left out and counted; a drift entry holding only a prompt is not
 * escalated, in the audit as in CG013; the child seen (and seen alone) is read as documented.
 */
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, AuditRun } from '../../src/cli/audit-command';
import { Analyser } from '../../src/core/analyse';
import { summarise } from '../../src/core/audit';
import type { Measure } from '../../src/core/audit';
import { childSeenIn } from '../../src/core/read/child-seen';
import { checkFixtures } from './helpers/fixtures';
import { FsReader } from './helpers/fs-reader';
import { repoRoot } from './helpers/fixtures';

const fig = (ms: Measure[]) => Object.fromEntries(ms.map((m) => [m.id, `${m.n}/${m.N}${m.notAssessable ? ` na ${m.notAssessable}` : ''}`]));
const NOW = new Date(Date.UTC(2026, 11, 1)); // the real-template cases take 1 December 2026 as today

describe('honest audit: minutes written to real council templates', function () {
  this.timeout(120000);
  let dir = '';
  let run: AuditRun;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'core-group-audit-real-'));
    const shared = join(repoRoot(), '..', 'shared', 'realworld');
    assert.ok(existsSync(shared), 'the public real-template cases are beside the project (../shared/realworld)');
    cpSync(shared, join(dir, 'minutes', 'shared'), { recursive: true });
    cpSync(join(repoRoot(), 'test', 'realworld'), join(dir, 'minutes', 'ours'), { recursive: true });
    run = await audit({ folder: 'minutes', cwd: dir, format: 'json', jobs: 0, version: 'test', now: NOW });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the drafts out: the status: draft files and the one dated after today', () => {
    assert.deepEqual(run.report.drafts, [
      'ours/07-draft-and-future-minutes/2026-11-05-draft-core-group.md', // status: draft
      'ours/07-draft-and-future-minutes/2026-12-10-core-group.md', // dated after 1 December 2026
      'shared/02-medway-actions-by-wording/core-group-2026-07-23.md', // status: draft
    ]);
    assert.deepEqual([run.report.files.minutes, run.report.files.children, run.report.files.drafts], [27, 13, 3]);
  });

  it("counts the children with overdue actions at their latest (non-draft) minutes, as the cases' notes work them out", () => {
    // From each case's NOTES.md and expected.json: an action reviewed as not done after its due date.
    assert.deepEqual(run.report.children.map((c) => [c.latest, c.overdue.map((a) => a.subject).join(', '), c.drift.map((a) => a.subject).join(', ')]), [
      ['ours/01-agenda-template-items/2026-04-14-core-group.md', 'A3', 'A3'], // CG013 A3: skipped at meeting 2, not done now
      ['ours/02-audit-briefing-word-paste/2026-07-31-core-group.md', 'A9', ''], // CG012 A9
      ['ours/03-causes-for-concern-level-1/2026-11-18-core-group.md', 'A2', ''], // CG012 A2
      ['ours/04-membership-headings-moved-date/2026-04-16-core-group.md', 'A6, A7, A8', 'A6, A8'], // CG013 A6 (a moved date is a carry); A8 named under escalation
      ['ours/05-wales-core-group-tasks/2026-08-05-core-group.md', 'A3', ''], // CG012 A3
      ['ours/07-draft-and-future-minutes/2026-11-05-core-group.md', 'A13', ''], // the agreed version: A13 overdue, its impact recorded
      ['shared/01-tees-numbered-agenda/2026-05-05-core-group.md', 'A2, A3', 'A2, A3'], // CG013 A2; A3 escalated
      ['shared/02-medway-actions-by-wording/core-group-2026-06-25.md',
        "Health visitor to book A's missed development review, Mum to take A for her two missed Immunisations., GP to refer A to the paediatrician for a growth check", ''],
      ['shared/04-blackpool-pasted-from-word/2026-09-30-core-group.md', 'A2, A4', ''], // CG012 A2, A4
      ['shared/06-sheffield-what-why-when-whom/2026-07-06-core-group.md', 'A14, A17', ''], // CG012 A17; A14's impact recorded
    ]);
    const m = fig(run.report.overall);
    assert.equal(m['children-overdue'], '10/13');
    assert.equal(m['children-drift'], '3/13');
  });

  it('follows each procedure: the wales pack lets any member chair, so its first meeting is not counted for the chair', () => {
    const m = fig(run.report.overall);
    // Nine first meetings; CG032 in Medway and Blackpool; the Welsh case (ours/05) under the wales pack is not counted.
    assert.equal(m['first-chair'], '6/8');
    // CG033 in ours/03 (11 working days) and Blackpool.
    assert.equal(m['first-timescale'], '7/9');
    // No CP plan file anywhere: not assessable, never a pass.
    assert.equal(m['plan-updated'], '0/0 na 27');
  });

  it('lists the headings it did not recognise, most frequent first', () => {
    assert.deepEqual(run.report.unrecognised.headings[0], { text: 'Item 2: Agree on minute taker', files: 3 });
  });
});

/** A team's own template: its review under "Carry-over list" (a list: a table with a Status column would be read by what it holds), the owner column "Key contact", the distribution under "Who gets these notes". */
function teamMinutes(meeting: 1 | 2): string {
  const review = meeting === 2 ? `## Carry-over list

- A1 Refer Cara to the parenting course (Bo Reid, 2026-09-17): on the waiting list.
- A2 Book a health assessment (Bo Reid, 2026-09-17): booked.

` : '';
  return `---
type: core-group-minutes
child: J.T.
date: ${meeting === 1 ? '2026-09-03' : '2026-10-01'}
meeting: ${meeting}
${meeting === 1 ? 'icpc: 2026-08-27\n' : ''}chair: Ann Cole
chair-role: ${meeting === 1 ? 'Team Manager' : 'Social Worker'}
area: East
team: East 1
---

# Core group meeting: J.T.

## Attendance and apologies

| Name | Role | Attended | Report |
|---|---|---|---|
| Ann Cole | Team Manager (chair) | Yes | |
| Bo Reid | Social Worker | Yes | |
| Cara Lin | Mother | Yes | |

${review}## The child's voice and lived experience

${meeting === 1 ? 'Bo saw J on her own at school on 1 September. J said she misses her dad.' : 'J was not seen this month.'}

## Parents and carers

Cara attended and agreed the plan.

## Updates from the network

School attendance is 90%.

## Progress against the plan

### O1 J is safe at home

Progress: Amber

No incidents.

## Analysis of safety

What we are worried about: arguments. What is working well: Cara engages.

## Revised plan and actions

| ID | Action | Outcome | Key contact | Due |
|---|---|---|---|---|
| A${meeting * 2 - 1} | Refer Cara to the parenting course | O1 | Bo Reid | 2026-${meeting === 1 ? '09-17' : '10-15'} |

## Contingency plan

A strategy discussion the same day.

## Next meeting

${meeting === 1 ? '1 October 2026' : '29 October 2026'}

## Who gets these notes

Date shared: ${meeting === 1 ? '2026-09-07' : '2026-10-05'}
`;
}

describe('honest audit: what it could not read is not assessable, and it says what to teach it', function () {
  this.timeout(60000);
  let dir = '';
  let run: AuditRun;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'core-group-audit-honest-'));
    mkdirSync(join(dir, 'minutes', 'jt'), { recursive: true });
    writeFileSync(join(dir, 'minutes', 'jt', '2026-09-03-core-group.md'), teamMinutes(1));
    writeFileSync(join(dir, 'minutes', 'jt', '2026-10-01-core-group.md'), teamMinutes(2));
    run = await audit({ folder: 'minutes', cwd: dir, format: 'json', jobs: 0, version: 'test', now: NOW });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the minutes whose review was not found as not assessable, never as reviewed or free of overdue actions', () => {
    const m = fig(run.report.overall);
    assert.equal(m['actions-reviewed'], '0/0 na 1');
    assert.equal(m['impact-recorded'], '0/0 na 1');
    assert.equal(m.effective, '0/1 na 1', 'the first meeting is read (and fails on the unread owner column); the second is not assessable');
    assert.equal(m['children-overdue'], '0/0 na 1');
    assert.equal(m['children-drift'], '0/0 na 1');
    // A "Date shared:" line under a heading nobody knows still records the sharing.
    assert.equal(m.shared, '2/2');
  });

  it('lists the unrecognised headings and columns, most frequent first, with a suggested .coregroup.json', () => {
    const u = run.report.unrecognised;
    assert.deepEqual(u.headings, [{ text: 'Who gets these notes', files: 2 }, { text: 'Carry-over list', files: 1 }]);
    assert.deepEqual(u.columns, [{ section: 'actions', header: 'Key contact', files: 2 }]);
    assert.deepEqual(u.suggestedConfig, { aliases: { sections: { 'previous-actions': ['Carry-over list'] }, columns: { owner: ['Key contact'] } } });
  });

  it('shows "not assessable" beside the figure, and the suggestion, in Markdown and HTML', async () => {
    const md = (await audit({ folder: 'minutes', cwd: dir, format: 'md', jobs: 0, version: 'test', now: NOW })).output;
    assert.ok(md.includes("| Minutes reviewing all the previous minutes' actions | 0 of 0 (none to count); 1 set of minutes not assessable |"));
    assert.ok(md.includes('      "previous-actions": [\n        "Carry-over list"\n      ]'));
    const html = (await audit({ folder: 'minutes', cwd: dir, format: 'html', jobs: 0, version: 'test', now: NOW })).output;
    assert.ok(html.includes('0 of 0 (none to count); 1 child not assessable'));
    assert.ok(html.includes('&quot;owner&quot;: [\n        &quot;Key contact&quot;'));
  });

  it('teaches it with the suggestion: the same minutes are then read and assessed', async () => {
    writeFileSync(join(dir, 'minutes', '.coregroup.json'), JSON.stringify(run.report.unrecognised.suggestedConfig));
    const again = await audit({ folder: 'minutes', cwd: dir, format: 'json', jobs: 0, version: 'test', now: NOW });
    const m = fig(again.report.overall);
    assert.equal(m['actions-reviewed'], '1/1');
    assert.equal(m['children-overdue'], '1/1', 'A1 was due on 17 September and is in progress on 1 October');
    rmSync(join(dir, 'minutes', '.coregroup.json'));
  });
});

describe('honest audit: a section read by what it holds', function () {
  this.timeout(60000);
  it('counts a review table under a heading nobody knows, and still lists that heading with its suggestion', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'core-group-audit-content-'));
    try {
      mkdirSync(join(dir, 'minutes', 'jt'), { recursive: true });
      const table = `## Carry-over list

| ID | Action | Owner | Due | Status | Update | Impact on the child |
|---|---|---|---|---|---|---|
| A1 | Refer Cara to the parenting course | Bo Reid | 2026-09-17 | In progress | Waiting list | |

`;
      writeFileSync(join(dir, 'minutes', 'jt', '2026-09-03-core-group.md'), teamMinutes(1));
      writeFileSync(join(dir, 'minutes', 'jt', '2026-10-01-core-group.md'), teamMinutes(2).replace(/## Carry-over list\n[\s\S]*?\n\n(?=## The child)/, table));
      const run = await audit({ folder: 'minutes', cwd: dir, format: 'json', jobs: 0, version: 'test', now: NOW });
      const m = fig(run.report.overall);
      assert.equal(m['actions-reviewed'], '1/1', 'read by its Status column, not counted as not assessable');
      assert.equal(m['children-overdue'], '1/1', 'A1 was due on 17 September and is in progress on 1 October');
      assert.ok(run.report.unrecognised.headings.some((h) => h.text === 'Carry-over list'));
      assert.deepEqual(run.report.unrecognised.suggestedConfig.aliases?.sections?.['previous-actions'], ['Carry-over list']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('honest audit: escalation and the child seen', () => {
  it('does not count a drift entry holding only a prompt or a placeholder as escalated, as CG013 does not', async () => {
    const c = checkFixtures().find((x) => x.name === 'CG013-prompt-only')!;
    const a = await new Analyser(new FsReader(), { today: () => 20500 }).analyse({ path: `${c.root}/2026-11-05-core-group.md`, root: c.root });
    const s = summarise(a, c.root);
    assert.deepEqual(s.drift.map((d) => [d.subject, d.escalated]), [['A1', false], ['A2', false], ['Arrange a family group conference', false]]);
    const cg013 = a.findings.filter((f) => f.code === 'CG013').map((f) => f.subject);
    for (const d of s.drift) assert.equal(!d.escalated, cg013.includes(d.subject), `${d.subject}: the audit and CG013 agree`);
  });

  it('reads the child seen, and seen alone, from the child\'s voice as documented', () => {
    const cases: [string, boolean, boolean][] = [
      ['The social worker saw P.Q. alone at school on 3 March. P.Q. said home is calmer.', true, true],
      ['Nadia spoke with M on her own in her bedroom.', true, true],
      ['M was seen at home with Mum on 3 March.', true, false],
      ['M was seen, but not alone, as Dad stayed in the room.', true, false],
      ['M was not seen alone this month.', false, false],
      ['M has not been seen since the conference.', false, false],
      ['M told her teacher she is scared at night.', false, false],
      ['', false, false],
    ];
    for (const [text, seen, alone] of cases) assert.deepEqual(childSeenIn(text), { seen, alone }, text);
  });
});
