/** The next meeting's minutes, generated from the current ones. */
import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { actionRowSnippet, newMinutesFrom, nextActionId, nextActionNumber } from '../../src/core/new-minutes';
import { analyserFor } from './helpers/analyser';
import { FsReader, toPosix } from './helpers/fs-reader';
import { asMinutes } from './helpers/narrow';

const workspace = toPosix(resolve(__dirname, '../../../test/fixtures/workspace'));
const conformance = toPosix(resolve(__dirname, '../../../../shared/conformance'));

describe('new minutes', () => {
  it('names the file by the next meeting date and links back to the current minutes', async () => {
    const a = await analyserFor(new FsReader()).analyse({ path: `${workspace}/child-a/2026-10-01-core-group.md`, root: workspace });
    const next = newMinutesFrom(a);
    assert.equal(next.fileName, '2026-10-29-core-group.md');
    assert.match(next.text, /^---\ntype: core-group-minutes\nchild: A\.B\.\ndate: 2026-10-29\nmeeting: 3\nchair: Leo Grant\nchair-role: Social Worker\nprevious: \.\/2026-10-01-core-group\.md\nplan: \.\/cp-plan\.md\n/);
  });

  it('carries every open action forward and continues the ids, and its own analysis has no untracked action', async () => {
    const root = `${conformance}/03-action-tracking`;
    const reader = new FsReader();
    const analyser = analyserFor(reader);
    const a = await analyser.analyse({ path: `${root}/03-core-group.md`, root });
    assert.equal(nextActionNumber(asMinutes(a)), 10);
    // The cg-action completion proposes the same: the next free ID of the whole series.
    assert.equal(nextActionId(asMinutes(a)), 'A10');
    assert.equal(actionRowSnippet('A10'), '| ${1:A10} | ${2:what will be done} | ${3:O1} | ${4:who} | ${5:due date} |$0');
    const next = newMinutesFrom(a);
    assert.equal(next.fileName, '2026-10-29-core-group.md'.replace('2026-10-29-core-group', '2026-10-29-core-group'));
    // Open after meeting 3: A2, A3 and A6 reviewed and not done, and A5, A7, A8, A9 newly set.
    const ids = [...next.text.matchAll(/^\| (A\d+) \|/gm)].map((m) => m[1]);
    assert.deepEqual(ids.sort(), ['A2', 'A3', 'A5', 'A6', 'A7', 'A8', 'A9']);
    assert.match(next.text, /New action IDs continue from A10/);
    // Analyse the new file in place: every open action is reviewed.
    const b = await analyser.analyse({ path: `${root}/${next.fileName}`, text: next.text, root });
    assert.deepEqual(b.findings.filter((f) => f.code === 'CG010'), []);
    assert.deepEqual(b.findings.filter((f) => f.code === 'CG001'), [], 'every required section is there');
    assert.deepEqual(b.findings.filter((f) => f.code === 'CG040'), [], 'every outcome has its subsection');
    // Each carried action's review is asked for once (CG011, "not reviewed yet"), not also as
    // overdue without its impact (CG012) or as drift (CG013) while its row is still blank.
    const perAction = new Map<string, string[]>();
    for (const f of b.findings) if (/^A\d+$/.test(f.subject)) perAction.set(f.subject, [...(perAction.get(f.subject) ?? []), f.code]);
    assert.deepEqual([...perAction.keys()].sort(), ['A2', 'A3', 'A5', 'A6', 'A7', 'A8', 'A9']);
    for (const [id, codes] of perAction) assert.deepEqual(codes, ['CG011'], id);
    assert.ok(b.findings.filter((f) => f.code === 'CG011').every((f) => /not reviewed yet/.test(f.message)));
  });

  it('keeps every template heading in order, each with its prompt', async () => {
    const a = await analyserFor(new FsReader()).analyse({ path: `${workspace}/child-a/2026-10-01-core-group.md`, root: workspace });
    const headings = [...newMinutesFrom(a).text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings, ['Attendance and apologies', 'Review of previous actions', "The child's voice and lived experience", 'Parents and carers', 'Updates from the network', 'Progress against the plan', 'Analysis of safety', 'Revised plan and actions', 'Contingency plan', 'Next meeting', 'Minutes distribution']);
  });
});
