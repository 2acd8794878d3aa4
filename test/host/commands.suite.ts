/** The Core Group commands in the real host: New minutes, Check minutes, Insert missing sections, Carry forward. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, codeOf, keepsEveryLine, openMinutes, waitForDiagnostics, workspaceUri } from './helpers';

const CURRENT = ['child-a', '2026-10-01-core-group.md'];

describe('commands', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('contributes every command under the "Core Group" category', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['coreGroup.newMinutes', 'coreGroup.checkMinutes', 'coreGroup.insertMissingSections', 'coreGroup.carryForwardActions', 'coreGroup.showPlanProgress']) {
      assert.ok(all.includes(c), c);
    }
  });

  it('New minutes creates the next meeting with open actions carried forward, and never overwrites', async () => {
    await openMinutes(...CURRENT);
    const target = workspaceUri('child-a', '2026-10-29-core-group.md');
    const created = await vscode.commands.executeCommand<vscode.Uri>('coreGroup.newMinutes');
    assert.equal(created?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^---\ntype: core-group-minutes\nchild: A\.B\.\ndate: 2026-10-29\nmeeting: 3\n/);
    assert.match(text, /previous: \.\/2026-10-01-core-group\.md/);
    // Open actions: A2 and A3 were never reviewed, so they stay open, and A4 was set at meeting 2.
    for (const id of ['A2', 'A3', 'A4']) assert.match(text, new RegExp(`^\\| ${id} \\|`, 'm'), id);
    assert.doesNotMatch(text, /^\| A1 \|/m, 'A1 is done, so it is not carried');
    assert.match(text, /### O3 A's mother is supported with her mental health/);
    assert.match(text, /New action IDs continue from A5/);
    // The new minutes review every open action: no CG010 there.
    const ds = await waitForDiagnostics(target, 'the new file to be checked', (d) => d.length > 0);
    assert.ok(!ds.some((d) => codeOf(d) === 'CG010'));
    // A second run must not overwrite what a practitioner may have written since.
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text + '\nTyped by the practitioner.\n'));
    await openMinutes(...CURRENT);
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('coreGroup.newMinutes');
    assert.equal(again, undefined);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), /Typed by the practitioner\./);
    await vscode.workspace.fs.delete(target);
  });

  it('Check minutes summarises the findings by dimension', async () => {
    await openMinutes(...CURRENT);
    const r = await vscode.commands.executeCommand<{ total: number; byDimension: Record<string, number>; summary: string }>('coreGroup.checkMinutes');
    assert.equal(r.total, 7);
    assert.deepEqual(r.byDimension, { Q: 4, P: 1, E: 2 });
    assert.match(r.summary, /^7 things need attention: /);
  });

  it('Insert missing sections adds every missing heading and nothing else is touched', async () => {
    const editor = await openMinutes(...CURRENT);
    const before = editor.document.getText();
    await vscode.commands.executeCommand('coreGroup.insertMissingSections');
    await waitForDiagnostics(editor.document.uri, 'CG001 to go', (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'CG001'));
    const after = editor.document.getText();
    assert.ok(keepsEveryLine(before, after));
    assert.ok(after.indexOf('## Contingency plan') < after.indexOf('## Next meeting'), 'at its template position');
  });

  it('Carry forward actions adds a review row for each untracked action', async () => {
    const editor = await openMinutes(...CURRENT);
    await vscode.commands.executeCommand('coreGroup.carryForwardActions');
    await waitForDiagnostics(editor.document.uri, 'CG010 to go', (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'CG010'));
    assert.match(editor.document.getText(), /\| A1 \|[^\n]*\n\| A2 \| Nursery transport arranged[^\n]*\n\| A3 \| GP letter shared with the network/);
  });
});
