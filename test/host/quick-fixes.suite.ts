/** Quick fixes and fix-all through vscode.executeCodeActionProvider + applyEdit, in the real host. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { checkByCode } from '../../src/core/checks';
import { api, codeOf, keepsEveryLine, openMinutes, SAMPLE_FINDINGS, SAMPLE_MINUTES, waitForDiagnostics } from './helpers';

const CURRENT = SAMPLE_MINUTES;
/** The sample's findings whose check offers a quick fix, by the registry. */
const FIXABLE = [...new Set(SAMPLE_FINDINGS)].filter((code) => checkByCode(code)?.fixable);

async function actionsFor(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
  // The command returns the actions of every diagnostic on the range, without their diagnostics attached.
  return all;
}

/** The fix for this very finding: the one whose title names what the message names (A2, O3, "Contingency plan"). */
function fixFor(d: vscode.Diagnostic, actions: vscode.CodeAction[]): vscode.CodeAction | undefined {
  const withEdit = actions.filter((a) => a.edit);
  const names = d.message.match(/\b[AO]\d+\b|"[^"]+"/g) ?? [];
  return withEdit.find((a) => names.some((n) => a.title.includes(n)) && !a.title.includes(' all ')) ?? withEdit.find((a) => a.isPreferred) ?? withEdit[0];
}

describe('quick fixes', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('has findings of fixable checks in the sample to fix', () => {
    assert.ok(FIXABLE.length > 0, 'no finding of the sample minutes has a quick fix');
  });

  for (const code of FIXABLE) {
    it(`${code}: each fix inserts only, and its finding goes`, async () => {
      const editor = await openMinutes(...CURRENT);
      const uri = editor.document.uri;
      const ds = await waitForDiagnostics(uri, 'initial findings', (d) => d.some((x) => codeOf(x) === code));
      const d = ds.find((x) => codeOf(x) === code)!;
      const fix = fixFor(d, await actionsFor(uri, d));
      assert.ok(fix, `no fix offered for ${code}`);
      const before = editor.document.getText();
      assert.ok(await vscode.workspace.applyEdit(fix.edit!));
      const after = editor.document.getText();
      assert.ok(after.length > before.length, 'the fix added text');
      assert.ok(keepsEveryLine(before, after), 'every original line survives');
      const subjectOf = (x: vscode.Diagnostic) => `${codeOf(x)} ${x.message}`;
      await waitForDiagnostics(uri, `${code} (${d.message.slice(0, 40)}…) to go`, (now) => !now.some((x) => subjectOf(x) === subjectOf(d)));
    });
  }

  it('offers "Learn more" for every finding, and "for all" fixes', async () => {
    const editor = await openMinutes(...CURRENT);
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, 'findings', (d) => d.length === 7);
    for (const d of ds) {
      const titles = (await actionsFor(uri, d)).map((a) => a.title);
      assert.ok(titles.includes(`Learn more about ${codeOf(d)}`), `${codeOf(d)}: ${titles.join(' / ')}`);
    }
    const cg010 = ds.find((d) => codeOf(d) === 'CG010')!;
    const titles = (await actionsFor(uri, cg010)).map((a) => a.title);
    assert.ok(titles.includes('Add review rows for the 2 untracked actions'), titles.join(' / '));
    const cg041 = ds.find((d) => codeOf(d) === 'CG041')!;
    const ratings = (await actionsFor(uri, cg041)).filter((a) => a.edit).map((a) => a.title);
    assert.deepEqual(ratings, ['Rate outcome O2 as Red', 'Rate outcome O2 as Amber', 'Rate outcome O2 as Green']);
  });

  it('fix-all (source.fixAll.coreGroup) adds what is obvious and chooses nothing for the practitioner', async () => {
    const editor = await openMinutes(...CURRENT);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 'findings', (d) => d.length === 7);
    const before = editor.document.getText();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.coreGroup');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.coreGroup');
    assert.ok(fixAll?.edit, 'a fix-all action with an edit');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    const after = editor.document.getText();
    assert.ok(keepsEveryLine(before, after));
    const left = await waitForDiagnostics(uri, 'CG001, CG010 and CG040 to go', (d) => !d.some((x) => ['CG001', 'CG010', 'CG040'].includes(codeOf(x))));
    // The rating of O2 and the date of sharing are the practitioner's to give.
    assert.ok(left.some((d) => codeOf(d) === 'CG041' && d.message.includes('O2')));
    assert.ok(left.some((d) => codeOf(d) === 'CG060'));
    assert.match(after, /\| A2 \| Nursery transport arranged \| Leo Grant \| 2026-09-24 \|/);
    assert.match(after, /### O3 A's mother is supported with her mental health/);
  });
});
