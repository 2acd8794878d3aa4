/** The plan progress view in the real host: it resolves, receives the model, and reveal moves the cursor. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PanelMessage, PanelModel } from '../../src/core/panel/model';
import { api, openMinutes, waitFor } from './helpers';

const CURRENT = ['child-a', '2026-10-01-core-group.md'];

function isModelFor(m: PanelMessage | undefined, meeting: string): PanelModel | undefined {
  return m && m.kind === 'minutes' && m.header.meeting === meeting ? m : undefined;
}

describe('plan progress panel', () => {
  it('resolves and receives the model of the active minutes', async () => {
    const { planProgress } = await api();
    await openMinutes(...CURRENT);
    await vscode.commands.executeCommand('coreGroup.showPlanProgress');
    const model = await waitFor('the panel model for meeting 2', () => isModelFor(planProgress.lastMessage, 'Meeting 2'), [planProgress.onDidPost as vscode.Event<unknown>]);
    assert.deepEqual(model.outcomes.map((o) => o.id), ['O1', 'O2', 'O3']);
    assert.deepEqual(model.outcomes[0].ratings, ['Red', 'Amber']);
    assert.deepEqual(model.outcomes[1].ratings, ['Amber', null]);
    assert.equal(model.outcomes[0].ariaLabel, 'Outcome O1, rated Amber at this meeting, was Red');
    const a2 = model.outcomes[1].actions.find((a) => a.id === 'A2');
    assert.ok(a2?.overdue, 'A2 was due 24 September and is not reviewed: overdue');
    assert.equal(model.sections.find((s) => s.id === 'contingency')?.present, false);
  });

  it('a reveal intent moves the cursor to the right line, in the earlier minutes where the action lives', async () => {
    const { planProgress } = await api();
    await openMinutes(...CURRENT);
    await vscode.commands.executeCommand('coreGroup.showPlanProgress');
    const model = await waitFor('the panel model', () => isModelFor(planProgress.lastMessage, 'Meeting 2'), [planProgress.onDidPost as vscode.Event<unknown>]);
    const o1 = model.outcomes[0];
    await planProgress.handleIntent({ type: 'reveal', location: o1.location! });
    let editor = vscode.window.activeTextEditor!;
    assert.equal(editor.selection.active.line, o1.location!.line);
    assert.match(editor.document.lineAt(o1.location!.line).text, /^### O1 /);
    const a2 = model.outcomes[1].actions.find((a) => a.id === 'A2')!;
    await planProgress.handleIntent({ type: 'reveal', location: a2.location });
    editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('/2026-09-03-core-group.md'));
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /^\| A2 \| Nursery transport arranged/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('an insertSection intent adds the missing heading at its place', async () => {
    const { planProgress } = await api();
    const editor = await openMinutes(...CURRENT);
    await vscode.commands.executeCommand('coreGroup.showPlanProgress');
    await waitFor('the panel model', () => isModelFor(planProgress.lastMessage, 'Meeting 2'), [planProgress.onDidPost as vscode.Event<unknown>]);
    await planProgress.handleIntent({ type: 'insertSection', id: 'contingency' });
    const text = editor.document.getText();
    assert.ok(text.indexOf('## Contingency plan') > 0 && text.indexOf('## Contingency plan') < text.indexOf('## Next meeting'));
    await waitFor('the panel to show it present', () => {
      const m = planProgress.lastMessage;
      return m?.kind === 'minutes' && m.sections.find((s) => s.id === 'contingency')?.present;
    }, [planProgress.onDidPost as vscode.Event<unknown>]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
