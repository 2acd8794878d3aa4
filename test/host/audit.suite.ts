/** "Core Group: Audit workspace" in the real host: the report, the cache in workspace storage, opening a child's minutes. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AuditRun } from '../../src/editor/audit-command';
import { api, workspaceUri } from './helpers';

describe('audit workspace', () => {
  before(async () => {
    await api();
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reports the measures as n of N over every minutes file of the workspace', async () => {
    const run = await vscode.commands.executeCommand<AuditRun>('coreGroup.auditWorkspace');
    assert.ok(run, 'the audit ran');
    assert.deepEqual(run.report.files, { markdown: 3, minutes: 2, children: 1, drafts: 0, outsidePeriod: 0, undated: 0 });
    const m = (id: string) => run.report.overall.find((x) => x.id === id)!;
    // Meeting 1 meets the quality standard; meeting 2 misses a section and two reviews.
    assert.deepEqual([m('quality').n, m('quality').N], [1, 2]);
    // The first core group was chaired by a Team Manager.
    assert.deepEqual([m('first-chair').n, m('first-chair').N], [1, 1]);
    // Meeting 1 records a date shared; meeting 2 does not.
    assert.deepEqual([m('shared').n, m('shared').N], [1, 2]);
  });

  it('reruns from the cache in workspace storage when nothing changed, and re-checks what did', async () => {
    const again = await vscode.commands.executeCommand<AuditRun>('coreGroup.auditWorkspace');
    assert.equal(again.analysed, 0, 'nothing changed, so nothing is analysed again');
    const prev = workspaceUri('child-a', '2026-09-03-core-group.md');
    const original = await vscode.workspace.fs.readFile(prev);
    try {
      await vscode.workspace.fs.writeFile(prev, new TextEncoder().encode(new TextDecoder().decode(original) + '\nA line added.\n'));
      const third = await vscode.commands.executeCommand<AuditRun>('coreGroup.auditWorkspace');
      // The edited minutes and the later meeting whose series reads them.
      assert.equal(third.analysed, 2);
    } finally {
      await vscode.workspace.fs.writeFile(prev, original);
    }
  });
});
