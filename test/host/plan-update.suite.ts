/**
 * "Update the CP plan from these minutes" in the real host: it appends a revision to the plan on disk
 * (the plan as first agreed stays byte for byte), a second run adds nothing, CG043 follows the plan's
 * revisions, and the panel shows the revision history.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PlanUpdate } from '../../src/core/plan/update';
import type { PanelMessage } from '../../src/core/panel/model';
import { api, codeOf, openMinutes, restore, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const CURRENT = ['child-a', '2026-10-01-core-group.md'];
const PLAN = workspaceUri('child-a', 'cp-plan.md');
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

describe('update the CP plan', () => {
  let original = '';
  before(async () => {
    await api();
    original = await read(PLAN);
  });
  after(async () => {
    await restore(PLAN, original);
    // Its notifications would otherwise sit over the screenshots the later suites take.
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('writes the plan as revised at this meeting as a new revision, keeping the plan before it byte for byte', async () => {
    await openMinutes(...CURRENT);
    const u = await vscode.commands.executeCommand<PlanUpdate>('coreGroup.updatePlan');
    assert.equal(u?.kind, 'append', u?.message);
    const text = await read(PLAN);
    assert.ok(text.startsWith(original) && text.length > original.length, 'the earlier text is a prefix of the plan on disk');
    assert.match(text.slice(original.length), /^\n## Revision 1: after the core group of 1 October 2026\n\n/);
    assert.match(text, /^#### O1 A is safe from neglect at home\n\nProgress: Amber$/m);
    assert.match(text, /^\| A4 \|/m, 'the action set at this meeting is open in the plan');
    // The plan is saved and shown beside the minutes.
    const shown = vscode.workspace.textDocuments.find((d) => d.uri.toString() === PLAN.toString());
    assert.equal(shown?.isDirty, false);

    const again = await vscode.commands.executeCommand<PlanUpdate>('coreGroup.updatePlan');
    assert.equal(again?.kind, 'unchanged', again?.message);
    assert.equal(await read(PLAN), text, 'a second run adds nothing');
  });

  it('raises CG043 on the minutes when the plan keeps revisions but has none since the meeting, and the panel lists the revisions', async () => {
    const { planProgress } = await api();
    const text = await read(PLAN);
    // The revision dated before this meeting: the plan keeps revisions, none since 1 October.
    const earlier = text.replace('## Revision 1: after the core group of 1 October 2026', '## Revision 1: after the core group of 3 September 2026');
    await vscode.workspace.fs.writeFile(PLAN, new TextEncoder().encode(earlier));
    const editor = await openMinutes(...CURRENT);
    await api().then((x) => x.diagnostics.checkNow(editor.document));
    const ds = await waitForDiagnostics(editor.document.uri, 'CG043 on the plan: line', (d) => d.some((x) => codeOf(x) === 'CG043'));
    const cg043 = ds.find((x) => codeOf(x) === 'CG043')!;
    assert.match(editor.document.lineAt(cg043.range.start.line).text, /^plan: /);
    assert.match(cg043.message, /has no revision from this core group \(1 October 2026\) or later/);

    await vscode.commands.executeCommand('coreGroup.showPlanProgress');
    const model = await waitFor('a panel model with the plan history', () => {
      const m: PanelMessage | undefined = planProgress.lastMessage;
      return m?.kind === 'minutes' && m.revisions.length > 0 ? m : undefined;
    }, [planProgress.onDidPost as vscode.Event<unknown>]);
    assert.deepEqual(model.revisions.map((r) => r.title), ['Revision 1: after the core group of 3 September 2026']);
  });
});
