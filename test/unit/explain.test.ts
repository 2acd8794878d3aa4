/**
 * `core-group explain` (docs/reading.md): how one file was read, for when a finding looks wrong.
 * Fictional minutes written to a council-style template (numbered agenda items, a bold heading
 * pasted from Word, a heading this tool does not know, an attendance list, a review table with its
 * own column names) and the reading each part should get.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explain, ExplainModel } from '../../src/core/explain';
import { explainText } from '../../src/core/explain-text';
import { runExplain } from '../../src/cli/explain-command';
import { analyserFor, TODAY } from './helpers/analyser';
import { MemoryReader } from './helpers/memory-reader';

const ROOT = '/ws';
const FIRST = `---
type: core-group-minutes
child: R.T.
date: 2026-09-03
meeting: 1
icpc: 2026-08-24
chair: Dana Wells
chair-role: Team Manager
---
# Core group – R.T.

## 1. Attendance and apologies

- Dana Wells, Team Manager (chair)
- Priya Shah, Social Worker

## 2. Agreed actions

| No. | What needs to happen | Who | By when | Linked outcome |
|---|---|---|---|---|
| A1 | Book the dental check | Priya Shah | 30/09/2026 | O1 |
`;

const SECOND = `---
type: core-group-minutes
child: R.T.
date: 2026-10-08
meeting: 2
icpc: 2026-08-24
chair: Priya Shah
chair-role: Social Worker
previous: ./2026-09-03-core-group.md
---
# Core group – R.T.

## 1. Introductions/apologies

- Priya Shah, Social Worker (chair)
- Leanne Tate, Mum
- Mark Tate, Dad – sent apologies

**Review of actions from the last core group**

| No. | What needs to happen | Who | By when | Progress |
|---|---|---|---|---|
| A1 | Book the dental check | Priya Shah | 30/09/2026 | Done – seen on 21 Sept |

## 3. Family views

Mum said the mornings are calmer.

## 4. Things we noticed

Nothing else.

## 5. Next steps – what, when and who by

| No. | What needs to happen | Who | By when | Linked outcome |
|---|---|---|---|---|
| A2 | Refer to the parenting group | Priya Shah | w/c 19/10/2026 | O1 |
`;

async function model(): Promise<ExplainModel> {
  const reader = new MemoryReader({ [`${ROOT}/rt/2026-09-03-core-group.md`]: FIRST, [`${ROOT}/rt/2026-10-08-core-group.md`]: SECOND });
  const analysis = await analyserFor(reader).analyse({ path: `${ROOT}/rt/2026-10-08-core-group.md`, text: SECOND, root: ROOT });
  assert.ok(analysis.isMinutes);
  return explain(analysis, TODAY, 'rt/2026-10-08-core-group.md');
}

describe('explain: how a file was read', () => {
  it('names the pack, the child, the meeting and the status', async () => {
    const m = await model();
    assert.equal(m.procedure, 'england');
    assert.equal(m.configFile, undefined);
    assert.equal(m.draft, false);
    assert.equal(m.meta.child, 'R.T.');
    assert.equal(m.meta.meeting, 2);
  });

  it('gives each heading its form, the section it was read as and the rule that decided', async () => {
    const h = (await model()).headings;
    const at = (text: string) => h.find((x) => x.text === text)!;
    assert.deepEqual(at('1. Introductions/apologies').sections, ['Attendance and apologies']);
    assert.equal(at('Review of actions from the last core group').form, 'bold line');
    assert.deepEqual(at('Review of actions from the last core group').sections, ['Review of previous actions']);
    assert.deepEqual(at('5. Next steps – what, when and who by').sections, ['Revised plan and actions']);
    assert.match(at('5. Next steps – what, when and who by').rule, /before the dash or colon/);
    assert.deepEqual(at('4. Things we noticed').sections, []);
    assert.match(at('4. Things we noticed').rule, /not a section name this tool knows/);
    assert.match(at('Core group – R.T.').rule, /title of the file|not a section name/);
  });

  it("reads a table's own column names by meaning", async () => {
    const t = (await model()).tables;
    const review = t.find((x) => x.section === 'Review of previous actions')!;
    assert.deepEqual(review.columns.map((c) => `${c.header} -> ${c.readAs ?? '?'}`), ['No. -> id', 'What needs to happen -> action', 'Who -> owner', 'By when -> due', 'Progress -> status']);
  });

  it('gives each person a kind and an attendance', async () => {
    const p = (await model()).people;
    assert.deepEqual(p.map((x) => `${x.name}: ${x.kind}, ${x.attended}`), ['Priya Shah: professional, present', 'Leanne Tate: parent, present', 'Mark Tate: parent, absent']);
  });

  it('gives each action its owner, due date and status, with the words they came from', async () => {
    const m = await model();
    assert.equal(m.reviews[0].subject, 'A1');
    assert.equal(m.reviews[0].status, 'done');
    assert.match(m.reviews[0].statusText, /^Done/);
    assert.equal(m.actions[0].owner, 'Priya Shah');
    assert.match(m.actions[0].due, /^23 October 2026 \(from "w\/c 19\/10\/2026"\)$/);
    assert.equal(m.actions[0].outcome, 'O1 (O1)');
  });

  it('shows the series behind the file and how each earlier file was found', async () => {
    const s = (await model()).series;
    assert.equal(s.previous.length, 1);
    assert.equal(s.previous[0].found, 'previous: link');
    assert.equal(s.previous[0].file, '2026-09-03-core-group.md');
    assert.deepEqual(s.open, ['A1'], 'the actions this meeting had to review');
  });

  it('the text says all of it in plain words, and never a stack or a path outside the file', async () => {
    const text = explainText(await model());
    for (const part of ['Procedure pack: england', 'Headings', 'bold line', 'Tables', 'People', 'Actions reviewed', 'Actions set']) assert.ok(text.includes(part), part);
    assert.ok(!text.includes('/ws/'), 'paths are shown as given');
  });

  it('escapes control characters and line breaks from the document and its name (no forged line, no escape sequence)', async () => {
    const forged = SECOND.replace('## 3. Family views', '## 3. Family views\u001b[2J').replace('Leanne Tate, Mum', 'Leanne\u001b]0;x\u0007 Tate, Mum');
    const path = `${ROOT}/rt/a\nb.md`;
    const analysis = await analyserFor(new MemoryReader({ [`${ROOT}/rt/2026-09-03-core-group.md`]: FIRST, [path]: forged })).analyse({ path, root: ROOT });
    assert.ok(analysis.isMinutes);
    const text = explainText(explain(analysis, TODAY, 'rt/a\nforged.md:1:1  CG999  error  FORGED.md'));
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text), 'no raw control character');
    assert.ok(!text.split('\n').some((l) => l.startsWith('forged.md')), 'no forged line');
    assert.ok(text.includes('How core-group read rt/a\\nforged.md:1:1'), 'the line break shown as \\n');
    assert.ok(text.includes('Family views\\x1b[2J') && text.includes('Leanne\\x1b]0;x\\x07 Tate'), 'shown as visible escapes');
  });

  it('the command refuses a missing file in plain words and says when a file is not minutes', async () => {
    await assert.rejects(runExplain({ format: 'text', cwd: '/nowhere' }), /name one file/);
    await assert.rejects(runExplain({ file: 'x.md', format: 'xml', cwd: '/nowhere' }), /unknown format "xml" \(use text or json\)/);
    // Names from the command line print as one visible line: a line break or escape sequence in them is shown, not sent.
    await assert.rejects(runExplain({ file: 'x.md', format: 'te\x1bxt', cwd: '/nowhere' }), /unknown format "te\\x1bxt"/);
    await assert.rejects(runExplain({ file: 'gone\n.md', format: 'text', cwd: '/nowhere' }), (e: Error) => e.message === 'cannot read "gone\\n.md"');
    const dir = mkdtempSync(join(tmpdir(), 'core-group-explain-'));
    try {
      writeFileSync(join(dir, 'notes\n.md'), '# Shopping list\n\n- milk\n');
      const r = await runExplain({ file: 'notes\n.md', format: 'text', cwd: dir, now: new Date(2026, 10, 1) });
      assert.equal(r.exitCode, 0);
      assert.equal(r.stdout, '"notes\\n.md" is not core group minutes (its front matter has no "type: core-group-minutes"), so it was not read as minutes.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
