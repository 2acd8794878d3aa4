/**
 * "Core Group: Audit workspace" in the real host: the report for a period (named as the command's
 * argument instead of the picker), the cache in workspace storage, the period, trend and comparison
 * changed in the report view without analysing again, and an earlier report that cannot be compared
 * refused with its reason.
 */
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
    const run = await vscode.commands.executeCommand<AuditRun>('coreGroup.auditWorkspace', { period: 'all' });
    assert.ok(run, 'the audit ran');
    assert.deepEqual(run.report.files, { markdown: 3, minutes: 2, children: 1, drafts: 0, outsidePeriod: 0, undated: 0 });
    assert.deepEqual(run.report.period, { label: 'all' });
    const m = (id: string) => run.report.overall.find((x) => x.id === id)!;
    // Meeting 1 meets the quality standard; meeting 2 misses a section and two reviews.
    assert.deepEqual([m('quality').n, m('quality').N], [1, 2]);
    // The first core group was chaired by a Team Manager.
    assert.deepEqual([m('first-chair').n, m('first-chair').N], [1, 1]);
    // Meeting 1 records a date shared; meeting 2 does not.
    assert.deepEqual([m('shared').n, m('shared').N], [1, 2]);
  });

  it('reruns from the cache in workspace storage when nothing changed, and re-checks what did', async () => {
    const again = await vscode.commands.executeCommand<AuditRun>('coreGroup.auditWorkspace', { period: 'all' });
    assert.equal(again.analysed, 0, 'nothing changed, so nothing is analysed again');
    const prev = workspaceUri('child-a', '2026-09-03-core-group.md');
    const original = await vscode.workspace.fs.readFile(prev);
    try {
      await vscode.workspace.fs.writeFile(prev, new TextEncoder().encode(new TextDecoder().decode(original) + '\nA line added.\n'));
      const third = await vscode.commands.executeCommand<AuditRun>('coreGroup.auditWorkspace', { period: 'all' });
      // The edited minutes and the later meeting whose series reads them.
      assert.equal(third.analysed, 2);
    } finally {
      await vscode.workspace.fs.writeFile(prev, original);
    }
  });

  it('measures one period, and in the report view changes the trend and compares with an earlier report', async () => {
    const sept = await vscode.commands.executeCommand<AuditRun>('coreGroup.auditWorkspace', { period: { month: '2026-09' } });
    assert.deepEqual([sept.report.period.label, sept.report.files.minutes, sept.report.files.outsidePeriod], ['2026-09', 1, 1]);
    const earlier = workspaceUri('september.json');
    await vscode.workspace.fs.writeFile(earlier, new TextEncoder().encode(JSON.stringify(sept.report)));
    try {
      const oct = await vscode.commands.executeCommand<AuditRun>('coreGroup.auditWorkspace', { period: { month: '2026-10' } });
      assert.equal(oct.report.files.minutes, 1);
      const { auditView } = await api();
      const compared = await auditView.compareWith(earlier);
      assert.ok('report' in compared, 'compared');
      const shared = compared.report.comparison!.overall.find((c) => c.id === 'shared')!;
      assert.deepEqual([shared.then.n, shared.then.N, shared.now.n, shared.now.N, shared.points, shared.verdict], [1, 1, 0, 1, -100, 'too-few']);
      const trend = auditView.update({ period: { label: 'all' }, trend: 'month' });
      assert.deepEqual(trend.trend!.periods.map((p) => p.label), ['2026-09', '2026-10']);
      assert.ok(trend.comparison, 'the comparison stays while the trend changes');
      // The same webview rules: CSP default-src 'none', one nonce for the style and the one script, the script from dist/.
      const html = auditView.shownHtml!;
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
      const n = /script-src 'nonce-([0-9a-f]{32,})'/.exec(csp)![1];
      assert.ok(csp.startsWith("default-src 'none';") && csp.includes(`style-src 'nonce-${n}'`));
      assert.deepEqual([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0].includes(`nonce="${n}"`) && /src="[^"]*\/dist\/webview\/audit\.js"/.test(m[0])), [true]);
      assert.ok(html.includes(`<style nonce="${n}">`) && html.includes('Month by month') && html.includes('Then and now'));
      // The report's body reaches the page as data that the script builds with text nodes, never as markup.
      assert.ok(!/<(table|h1|h2|svg|a)\b/.test(html), 'no report markup in the page');
      assert.ok(/<main id="cg-report" data-model="\[/.test(html), 'the tree, as an attribute value');
      await vscode.workspace.fs.writeFile(earlier, new TextEncoder().encode(JSON.stringify({ ...sept.report, schemaVersion: 1 })));
      const refused = await auditView.compareWith(earlier);
      assert.ok('refused' in refused && /in format 1; this version writes and compares format 2/.test(refused.refused));
    } finally {
      await vscode.workspace.fs.delete(earlier);
    }
  });
});
