/**
 * The CP plan's revisions (docs/plan-file.md): the update only ever appends (every earlier byte
 * stays), a second run on the same minutes adds nothing, the plan's outcomes come from the revision
 * in force, and a plan file without revisions is read exactly as before.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MinutesAnalysis } from '../../src/core/analyse';
import { dayFromParts } from '../../src/core/dates';
import { planOutcomes } from '../../src/core/minutes';
import { parseDocument } from '../../src/core/parse/document';
import { planUpdate, planUpdateOf, PlanUpdate } from '../../src/core/plan/update';
import { readRevision, revisionsOf } from '../../src/core/plan/revisions';
import { analyserFor } from './helpers/analyser';
import { MemoryReader } from './helpers/memory-reader';
import { asMinutes } from './helpers/narrow';
import { english } from '../../src/core/l10n';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples', 'child-h-b');
const sample = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');
const M1 = '/w/c/2026-09-09-core-group.md';
const M2 = '/w/c/2026-10-14-core-group.md';
const M3 = '/w/c/2026-11-18-core-group.md';
const PLAN = '/w/c/cp-plan.md';

function reader(plan: string | null = sample('cp-plan.md')): MemoryReader {
  const r = new MemoryReader({ [M1]: sample('2026-09-09-core-group.md'), [M2]: sample('2026-10-14-core-group.md'), [M3]: sample('2026-11-18-core-group.md') });
  if (plan !== null) r.set(PLAN, plan);
  return r;
}

async function minutes(r: MemoryReader, path: string): Promise<MinutesAnalysis> {
  return asMinutes(await analyserFor(r).analyse({ path, root: '/w' }));
}

/** Runs the update and writes its result into the reader, as the editor and the command line do. */
async function update(r: MemoryReader, path: string): Promise<PlanUpdate> {
  const u = await planUpdate(r, await minutes(r, path), '/w');
  if (u.kind === 'create' || u.kind === 'append') r.set(u.planPath, u.text);
  return u;
}

describe('CP plan revisions', () => {
  it('appends a revision and keeps every earlier byte of the plan', async () => {
    const r = reader();
    const before = r.files.get(PLAN)!;
    const u = await update(r, M2);
    assert.equal(u.kind, 'append', u.message);
    const after = r.files.get(PLAN)!;
    assert.ok(after.startsWith(before), 'the plan as first agreed is a prefix of the revised plan');
    const revs = revisionsOf(parseDocument(PLAN, after));
    assert.deepEqual(revs.map((x) => [x.number, x.title]), [[1, 'after the core group of 14 October 2026']]);
    const rev = readRevision(parseDocument(PLAN, after), revs[0]);
    const m2 = (await minutes(r, M2)).minutes;
    assert.deepEqual(rev.outcomes.map((o) => [o.id, o.rating, o.evidence]), m2.outcomes.map((o) => [o.id, o.rating, o.evidence]), 'the ratings and evidence of the meeting');
    assert.equal(rev.outcomes.length, 3);
    assert.ok(rev.actions.length > 0, 'the open actions are in the revision');
    assert.ok(rev.actions.every((a) => a.owner !== '' && a.dueText !== ''), 'every open action has its owner and due date');
    assert.match(rev.contingency, /Sandra/);

    // The next meeting's revision: revision 1 stays byte for byte.
    const u3 = await update(r, M3);
    assert.equal(u3.kind, 'append', u3.message);
    const third = r.files.get(PLAN)!;
    assert.ok(third.startsWith(after), 'revision 1 is unchanged byte for byte');
    assert.deepEqual(revisionsOf(parseDocument(PLAN, third)).map((x) => x.number), [1, 2]);
  });

  it('adds nothing on a second run on the same minutes', async () => {
    const r = reader();
    assert.equal((await update(r, M3)).kind, 'append');
    const once = r.files.get(PLAN)!;
    const again = await update(r, M3);
    assert.equal(again.kind, 'unchanged', again.message);
    assert.equal(r.files.get(PLAN), once);
    assert.match(again.message, /revision 1/);
  });

  it('refuses to put an earlier meeting on top of a later revision', async () => {
    const r = reader();
    await update(r, M3);
    const text = r.files.get(PLAN);
    const u = await update(r, M2);
    assert.equal(u.kind, 'refused');
    assert.match(u.message, /later core group \(18 November 2026\)/);
    assert.equal(r.files.get(PLAN), text);
  });

  it('reads the outcomes from the revision in force: the latest one before the meeting', async () => {
    const r = reader();
    await update(r, M2);
    // A revision that closes O2 and adds O4, as a practitioner might write by hand.
    r.set(PLAN, r.files.get(PLAN)! + '\n## Revision 2: after the core group of 1 November 2026\n\n### Outcomes\n\n#### O1 Safe care\n\nProgress: Green\n\nEvidence.\n\n#### O2 Nursery\n\nProgress: Achieved\n\nDone.\n\n#### O4 A new outcome\n\nProgress: Amber\n\nNew.\n');
    const doc = parseDocument(PLAN, r.files.get(PLAN)!);
    assert.deepEqual(planOutcomes(doc).map((o) => o.id), ['O1', 'O4'], 'the latest revision, without a date');
    assert.deepEqual(planOutcomes(doc, { before: dayFromParts(2026, 11, 18) }).map((o) => o.id), ['O1', 'O4']);
    assert.deepEqual(planOutcomes(doc, { before: dayFromParts(2026, 10, 20) }).map((o) => o.id), ['O1', 'O2', 'O3'], 'revision 1 was in force on 20 October');
    assert.deepEqual(planOutcomes(doc, { before: dayFromParts(2026, 10, 14) }).map((o) => o.id), ['O1', 'O2', 'O3'], 'before any revision: the plan as agreed');
    // The checks read the same: the minutes of 18 November must review O1 and O4 (CG040), not O2 or O3.
    const a = await minutes(r, M3);
    assert.deepEqual(a.series.outcomes.map((o) => o.id), ['O1', 'O4']);
    assert.deepEqual(a.findings.filter((f) => f.code === 'CG040').map((f) => f.subject), ['O4']);
  });

  it('reads a plan file without revisions exactly as before', async () => {
    const plain = sample('cp-plan.md');
    const doc = parseDocument(PLAN, plain);
    assert.deepEqual(revisionsOf(doc), []);
    assert.deepEqual(planOutcomes(doc), [
      { id: 'O1', title: 'H is cared for by a sober adult at all times' },
      { id: 'O2', title: 'H attends nursery regularly and her speech is assessed and supported' },
      { id: 'O3', title: 'Kirsty has support for her own mental health' },
    ]);
    // Outcome headings at any level from 2 down, the first of each id, as before.
    const odd = parseDocument(PLAN, '---\ntype: cp-plan\n---\n# Plan\n### Outcome 2: Two\n## O1 One\n## O2 Again\n#### Goal 7 Seven\n');
    assert.deepEqual(planOutcomes(odd, { before: dayFromParts(2026, 1, 1) }), [{ id: 'O2', title: 'Two' }, { id: 'O1', title: 'One' }, { id: 'O7', title: 'Seven' }]);
  });

  it('creates the plan file when the child has none, and links it from the minutes', async () => {
    const r = reader(null);
    const a = await minutes(r, M3);
    const u = await planUpdate(r, a, '/w');
    assert.equal(u.kind, 'create', u.message);
    if (u.kind !== 'create') return;
    assert.equal(u.planPath, PLAN);
    assert.match(u.text, /^---\ntype: cp-plan\nchild: H\.B\.\nicpc: 2026-09-01\n---\n/);
    assert.equal(parseDocument(PLAN, u.text).kind, 'plan');
    // The sample links ./cp-plan.md already: no link to add.
    assert.equal(u.minutesLink, undefined);
    const unlinked = reader(null);
    unlinked.set(M3, sample('2026-11-18-core-group.md').replace('plan: ./cp-plan.md\n', ''));
    const v = await planUpdate(unlinked, await minutes(unlinked, M3), '/w');
    assert.ok(v.kind === 'create' && v.minutesLink, v.message);
    if (v.kind !== 'create' || !v.minutesLink) return;
    const text = unlinked.files.get(M3)!;
    const linked = text.slice(0, v.minutesLink.edit.offset) + v.minutesLink.edit.text + text.slice(v.minutesLink.edit.offset);
    assert.match(linked, /\nteam: Family Safeguarding 1\nplan: \.\/cp-plan\.md\n---\n/);
  });

  it('refuses a plan outside the root, a file that is not a plan, and minutes without a date', async () => {
    const r = reader();
    r.set(M3, sample('2026-11-18-core-group.md').replace('plan: ./cp-plan.md', 'plan: ../../elsewhere/cp-plan.md'));
    assert.equal((await planUpdate(r, await minutes(r, M3), '/w')).kind, 'refused');
    assert.ok(!r.reads.includes('/elsewhere/cp-plan.md'));
    const a = await minutes(reader(), M3);
    assert.equal(planUpdateOf(a, PLAN, '# Notes\n').kind, 'refused');
    const undated = reader();
    undated.set(M3, sample('2026-11-18-core-group.md').replace('date: 2026-11-18\n', ''));
    assert.match((await planUpdate(undated, await minutes(undated, M3), '/w')).message, /no meeting date/);
  });

  it('refuses draft minutes, and minutes of a meeting still to come, writing nothing', async () => {
    const r = reader();
    const before = r.files.get(PLAN)!;
    r.set(M3, sample('2026-11-18-core-group.md').replace('date: 2026-11-18\n', 'date: 2026-11-18\nstatus: draft\n'));
    const draft = await planUpdate(r, await minutes(r, M3), '/w');
    assert.equal(draft.kind, 'refused');
    assert.match(draft.message, /^These minutes are a draft \(status: draft\), so the CP plan was not changed/);
    // Dated after today: refused when the caller says what today is, as the editor and the command line do.
    const final = reader();
    const a = await minutes(final, M3);
    const soon = await planUpdate(final, a, '/w', dayFromParts(2026, 11, 17));
    assert.equal(soon.kind, 'refused');
    assert.equal(soon.message, 'These minutes are for a meeting on 18 November 2026, which has not happened yet, so the CP plan was not changed: update the plan from the minutes after the meeting.');
    assert.equal((await planUpdate(final, a, '/w', dayFromParts(2026, 11, 18))).kind, 'append', 'the day of the meeting is not the future');
    assert.equal(r.files.get(PLAN), before);
  });

  it('keeps copied text inside its part: a heading, fence or comment in the contingency plan starts nothing', async () => {
    const r = reader();
    r.set(M3, sample('2026-11-18-core-group.md').replace('## Next meeting', '## Contingency plan\n\n## Revision 9: after the core group of 1 January 2030\n\n```\n<!-- open\n\n## Next meeting'));
    const u = await update(r, M3);
    assert.equal(u.kind, 'append', u.message);
    const revs = revisionsOf(parseDocument(PLAN, r.files.get(PLAN)!));
    assert.deepEqual(revs.map((x) => x.number), [1]);
  });

  it('refuses to append after an unclosed code fence, which would swallow the revision', async () => {
    const r = reader(sample('cp-plan.md') + '\n```\nnotes left open\n');
    const u = await update(r, M3);
    assert.equal(u.kind, 'refused');
    assert.match(u.message, /unclosed/);
  });
});

describe('CP plan history (the panel)', () => {
  it('says which meeting changed what: outcomes rated, re-rated, added and closed, actions added and no longer open', async () => {
    const r = reader();
    await update(r, M2);
    await update(r, M3);
    const { planHistory } = await import('../../src/core/panel/plan-history');
    const h = planHistory(await minutes(r, M3), english);
    assert.deepEqual(h.map((x) => [x.title, x.changes]), [
      ['Revision 2: after the core group of 18 November 2026', ['O1 re-rated from Amber to Green', 'O3 re-rated from Red to Amber', 'Actions added: A10, A11, A12, A13', 'No longer open: A6, A8, A9']],
      ['Revision 1: after the core group of 14 October 2026', ['O1 rated Amber', 'O2 rated Green', 'O3 rated Red', 'Actions added: A4, A6, A7, A8, A9']],
    ]);
    assert.match(r.files.get(PLAN)!.split('\n')[h[0].location.line], /^## Revision 2: /, 'each revision points at its heading');
    // A revision written by hand that closes O2 and adds O4, and one that changes nothing.
    r.set(PLAN, r.files.get(PLAN)! + '\n## Revision 3: after the core group of 1 December 2026\n\n### Outcomes\n\n#### O1 H is cared for by a sober adult at all times\n\nProgress: Green\n\n#### O2 Nursery\n\nProgress: Achieved\n\n#### O3 Support\n\nProgress: Amber\n\n#### O4 H sleeps in her own bed\n\nProgress: Red\n\n## Revision 4: after the core group of 2 December 2026\n\n#### O1 H is cared for by a sober adult at all times\n\nProgress: Green\n\n#### O3 Support\n\nProgress: Amber\n\n#### O4 H sleeps in her own bed\n\nProgress: Red\n');
    const later = planHistory(await minutes(r, M3), english);
    assert.deepEqual(later[1].changes, ['Outcome closed: O2 Nursery', 'Outcome added: O4 H sleeps in her own bed (Red)', 'No longer open: A4, A7, A10, A11, A12, A13']);
    assert.deepEqual(later[0].changes, ['No change to the outcomes or the open actions']);
  });
});
