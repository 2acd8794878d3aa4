/** The plan progress panel's view-model, on its own: ratings history, carry counts, badges, review conference. */
import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { dayFromParts, toIso } from '../../src/core/dates';
import { buildPanelModel, nextReviewConference } from '../../src/core/panel/build-model';
import type { PanelModel } from '../../src/core/panel/model';
import { english } from '../../src/core/l10n';
import { analyserFor, TODAY } from './helpers/analyser';
import { FsReader, toPosix } from './helpers/fs-reader';
import { MemoryReader } from './helpers/memory-reader';

const workspace = toPosix(resolve(__dirname, '../../../test/fixtures/workspace'));
const conformance = toPosix(resolve(__dirname, '../../../../shared/conformance'));

async function modelOf(root: string, file: string, reader = new FsReader()): Promise<PanelModel> {
  const a = await analyserFor(reader).analyse({ path: `${root}/${file}`, root });
  const m = buildPanelModel(a, TODAY, english);
  assert.ok(m, 'a model for minutes');
  return m;
}

describe('panel model', () => {
  it('shows each outcome of the plan with its rating at every meeting, oldest first', async () => {
    const m = await modelOf(workspace, 'child-a/2026-10-01-core-group.md');
    assert.deepEqual(m.meetings.map((x) => [x.label, x.date, x.isCurrent]), [['Meeting 1', '3 September 2026', false], ['Meeting 2', '1 October 2026', true]]);
    assert.deepEqual(m.outcomes.map((o) => [o.id, o.ratings]), [['O1', ['Red', 'Amber']], ['O2', ['Amber', null]], ['O3', ['Amber', null]]]);
    assert.equal(m.outcomes[0].ariaLabel, 'Outcome O1, rated Amber at this meeting, was Red');
    assert.equal(m.outcomes[1].ariaLabel, 'Outcome O2, not rated at this meeting, was Amber');
    assert.equal(m.outcomes[0].evidence, 'Home is clean and warm at two visits.');
    assert.equal(m.outcomes[2].location, undefined, 'O3 is not reviewed, so there is nothing to reveal in these minutes');
  });

  it('lists actions under their outcomes with status, overdue and where they live', async () => {
    const m = await modelOf(workspace, 'child-a/2026-10-01-core-group.md');
    const o1 = m.outcomes[0].actions.map((a) => [a.id, a.status, a.overdue]);
    assert.deepEqual(o1, [['A1', 'Done', false], ['A4', 'New', false]]);
    const a2 = m.outcomes[1].actions[0];
    assert.equal(a2.id, 'A2');
    assert.equal(a2.status, 'Not reviewed');
    assert.equal(a2.overdue, true, 'due 24 September 2026, meeting on 1 October');
    assert.ok(a2.location.path.endsWith('/2026-09-03-core-group.md'));
    // A3 was due "Next core group": the meeting after the one that set it, 1 October, so not yet overdue.
    const a3 = m.outcomes[2].actions[0];
    assert.deepEqual([a3.id, a3.due, a3.overdue], ['A3', '1 October 2026', false]);
    assert.equal(m.unlinkedActions.length, 0);
  });

  it('counts carries and flags drift at two or more meetings past due', async () => {
    // In the public action-tracking case, A2 (due 27 August) is not done at meetings 2 and 3.
    const m = await modelOf(`${conformance}/03-action-tracking`, '03-core-group.md');
    const a2 = m.outcomes[0].actions.find((a) => a.id === 'A2')!;
    assert.deepEqual([a2.carryCount, a2.drift, a2.overdue], [2, true, true]);
    assert.match(a2.ariaLabel, /in drift: carried past its due date at 2 meetings/);
    const a3 = m.outcomes[0].actions.find((a) => a.id === 'A3')!;
    assert.deepEqual([a3.carryCount, a3.drift, a3.overdue], [1, false, true]);
    // A9 has no outcome: it is listed on its own.
    assert.deepEqual(m.unlinkedActions.map((a) => a.id), ['A9']);
  });

  it('shows sections present and missing, and findings by dimension', async () => {
    const m = await modelOf(workspace, 'child-a/2026-10-01-core-group.md');
    assert.deepEqual(m.sections.filter((s) => !s.present).map((s) => s.id), ['contingency']);
    assert.ok(m.sections.every((s) => !s.present || s.location));
    assert.deepEqual(m.findings.map((f) => [f.dimension, f.count]), [['Q', 4], ['E', 2], ['S', 0], ['P', 1]]);
    assert.equal(m.totalFindings, 7);
  });

  it('dates the review conference 3 months after the initial conference, then every 6 months', () => {
    const icpc = dayFromParts(2026, 8, 25)!;
    assert.equal(toIso(nextReviewConference(icpc, dayFromParts(2026, 9, 3)!)), '2026-11-25');
    assert.equal(toIso(nextReviewConference(icpc, dayFromParts(2026, 11, 26)!)), '2027-05-25');
    assert.equal(toIso(nextReviewConference(icpc, dayFromParts(2027, 6, 1)!)), '2027-11-25');
    // 30 November + 3 months is the end of February.
    assert.equal(toIso(nextReviewConference(dayFromParts(2026, 11, 30)!, dayFromParts(2026, 12, 1)!)), '2027-02-28');
  });

  it('puts the child, meeting, chair, next meeting and review conference in the header', async () => {
    const m = await modelOf(workspace, 'child-a/2026-10-01-core-group.md');
    assert.equal(m.header.child, 'A.B.');
    assert.equal(m.header.meeting, 'Meeting 2');
    assert.equal(m.header.chair, 'Leo Grant (Social Worker)');
    assert.equal(m.header.nextMeeting, '29 October 2026 (27 days ago)');
    assert.equal(m.header.reviewConference, '25 November 2026 (today)');
  });

  it('carries the panel words with the model and keeps document text as data', async () => {
    const reader = new MemoryReader({
      '/w/x.md': '---\ntype: core-group-minutes\nchild: "<script>alert(1)</script>"\ndate: 2026-11-01\n---\n\n## Progress against the plan\n\n### O1 <img src=x onerror=alert(1)>\n\nProgress: Red\n',
    });
    const a = await analyserFor(reader).analyse({ path: '/w/x.md', root: '/w' });
    const m = buildPanelModel(a, TODAY, english)!;
    assert.equal(m.header.child, '<script>alert(1)</script>');
    assert.equal(m.outcomes[0].title, '<img src=x onerror=alert(1)>');
    assert.equal(m.labels.drift, 'Drift: {n} meetings');
  });
});
