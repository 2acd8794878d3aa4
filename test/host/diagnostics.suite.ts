/** Diagnostics in the real extension host: codes, ranges, severities, links, updates and clearing. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ui } from '../../src/editor/messages';
import { LIVE_LIMIT_CHARS } from '../../src/editor/diagnostics';
import { api, codeOf, coreDiagnostics, openMinutes, restore, SAMPLE_FINDINGS, SAMPLE_MINUTES, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const CURRENT = SAMPLE_MINUTES;
const PREVIOUS = ['child-a', '2026-09-03-core-group.md'];
const EXPECTED = SAMPLE_FINDINGS;

describe('diagnostics', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the expected findings with their codes, ranges and severities', async () => {
    const editor = await openMinutes(...CURRENT);
    const ds = await waitForDiagnostics(editor.document.uri, 'the seven findings', (d) => d.length === EXPECTED.length);
    assert.deepEqual(ds.map(codeOf).sort(), EXPECTED);
    const byCode = (c: string) => ds.filter((d) => codeOf(d) === c);
    // CG001 "contingency" points at the heading it belongs before: "## Next meeting" (line 64, 0-based 63).
    assert.equal(byCode('CG001')[0].range.start.line, 63);
    assert.equal(editor.document.lineAt(63).text, '## Next meeting');
    // CG031 is on the absent father's attendance row.
    assert.match(editor.document.lineAt(byCode('CG031')[0].range.start.line).text, /^\| Ron Bell \| Father \| No/);
    assert.equal(byCode('CG031')[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(byCode('CG060')[0].severity, vscode.DiagnosticSeverity.Information);
    for (const d of ds) {
      assert.equal(d.source, 'core-group');
      assert.ok(typeof d.code === 'object' && d.code.target.path.endsWith('/docs/checks.md'), 'code links to its documentation');
    }
    // An untracked action points back to where it was set, in the earlier minutes.
    const related = byCode('CG010')[0].relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.ok(related[0].location.uri.path.endsWith('/child-a/2026-09-03-core-group.md'));
  });

  it('re-checks as the practitioner types, and drops nothing it should keep', async () => {
    const editor = await openMinutes(...CURRENT);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 'initial findings', (d) => d.length === EXPECTED.length);
    const at = editor.document.getText().indexOf('## Next meeting');
    await editor.edit((b) => b.insert(editor.document.positionAt(at), '## Contingency plan\n\nA family network meeting if things slip.\n\n'));
    const ds = await waitForDiagnostics(uri, 'CG001 to go', (d) => !d.some((x) => codeOf(x) === 'CG001'));
    assert.equal(ds.length, EXPECTED.length - 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('updates the current minutes when the previous minutes change in another editor', async () => {
    const current = await openMinutes(...CURRENT);
    await waitForDiagnostics(current.document.uri, 'initial findings', (d) => d.length === EXPECTED.length);
    const prevDoc = await vscode.workspace.openTextDocument(workspaceUri(...PREVIOUS));
    const row = '| A3 | GP letter shared with the network | O3 | Tara Bell | Next core group |';
    const offset = prevDoc.getText().indexOf(row) + row.length;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(prevDoc.uri, prevDoc.positionAt(offset), '\n| A9 | Family group conference referral | O1 | Leo Grant | 2026-09-30 |');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const ds = await waitForDiagnostics(current.document.uri, 'a CG010 for the new action A9', (d) => d.filter((x) => codeOf(x) === 'CG010').length === 3);
    assert.ok(ds.some((d) => d.message.includes('A9')));
    const saved = (await vscode.workspace.fs.readFile(prevDoc.uri)).toString();
    await vscode.window.showTextDocument(prevDoc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForDiagnostics(current.document.uri, 'A9 to go again after the revert', (d) => d.filter((x) => codeOf(x) === 'CG010').length === 2);
    assert.ok(!saved.includes('A9'), 'the edit was never saved');
  });

  it('updates when the previous minutes change on disk', async () => {
    const current = await openMinutes(...CURRENT);
    await waitForDiagnostics(current.document.uri, 'initial findings', (d) => d.length === EXPECTED.length);
    const prevUri = workspaceUri(...PREVIOUS);
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(prevUri));
    try {
      await vscode.workspace.fs.writeFile(prevUri, new TextEncoder().encode(original.replace('| A2 | Nursery transport arranged | O2 | Leo Grant | 2026-09-24 |\n', '')));
      await waitForDiagnostics(current.document.uri, 'CG010 for A2 to go', (d) => d.filter((x) => codeOf(x) === 'CG010').length === 1);
    } finally {
      await restore(prevUri, original);
    }
  });

  it('clears the diagnostics when the file is closed', async () => {
    const editor = await openMinutes(...CURRENT);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 'findings', (d) => d.length > 0);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor('diagnostics to clear', () => coreDiagnostics(uri).length === 0, [vscode.languages.onDidChangeDiagnostics]);
  });

  it('checks very large minutes when opened and saved by hand, not as the practitioner types or on auto-save', async () => {
    const { diagnostics } = await api();
    const files = vscode.workspace.getConfiguration('files');
    const prose = 'Fictional update: the family was visited at home and the children were seen together and alone.\n\n';
    const text = [
      '---', 'type: core-group-minutes', 'child: L.G.', 'date: 2026-11-20', 'meeting: 1', 'chair: Ada Moss', 'chair-role: Team Manager', '---', '',
      '## Updates from the network', '', prose.repeat(Math.ceil(LIVE_LIMIT_CHARS / prose.length) + 100),
    ].join('\n');
    const uri = workspaceUri('large', '2026-11-20-core-group.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const saved = (doc: vscode.TextDocument) => waitFor('the large document saved', () => !doc.isDirty, [vscode.workspace.onDidSaveTextDocument]);
    try {
      await files.update('autoSaveDelay', 100, vscode.ConfigurationTarget.Global);
      await files.update('autoSave', 'afterDelay', vscode.ConfigurationTarget.Global);
      const big = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const notice = ui.tooLargeToCheckAsYouType((text.length / 1_000_000).toFixed(1));
      await waitForDiagnostics(uri, 'the findings and the large-document notice', (d) => d.some((x) => x.message === notice) && d.some((x) => codeOf(x) === 'CG001'));
      const checkedVersion = big.document.version;
      assert.equal(diagnostics.analysedVersionOf(uri), checkedVersion);
      // Typing, then an auto-save: neither re-checks.
      await big.edit((b) => b.insert(new vscode.Position(9, 0), '## Contingency plan\n\nA family network meeting.\n\n'));
      await saved(big.document);
      await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global); // the small minutes below stay unsaved
      // Small minutes typed in afterwards: once they are re-checked, a re-check of the large document
      // that the typing or the auto-save had scheduled (earlier, with no longer a delay) would have run.
      const small = await openMinutes(...CURRENT);
      await waitForDiagnostics(small.document.uri, 'initial findings', (d) => d.length === EXPECTED.length);
      const at = small.document.getText().indexOf('## Next meeting');
      await small.edit((b) => b.insert(small.document.positionAt(at), '## Safety note\n\nNone.\n\n'));
      await waitFor('the small minutes re-checked', () => diagnostics.analysedVersionOf(small.document.uri) === small.document.version, [diagnostics.onDidAnalyse]);
      assert.equal(diagnostics.analysedVersionOf(uri), checkedVersion, 'typing and auto-save did not re-check the large document');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      // A save by hand re-checks it.
      const editor = await vscode.window.showTextDocument(big.document);
      await editor.edit((b) => b.insert(new vscode.Position(9, 0), '\n'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor('the large document re-checked on a save by hand', () => diagnostics.analysedVersionOf(uri) === big.document.version, [diagnostics.onDidAnalyse]);
      assert.ok(!coreDiagnostics(uri).some((x) => codeOf(x) === 'CG001' && x.message.includes('Contingency')), 'the new section counts');
      assert.ok(coreDiagnostics(uri).some((x) => x.message === notice));
    } finally {
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Global);
      await files.update('autoSaveDelay', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    }
  });

  it('leaves other Markdown alone', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n\n## Attendance\n' });
    await vscode.window.showTextDocument(doc);
    const { diagnostics } = await api();
    assert.equal(await diagnostics.checkNow(doc).then((a) => a?.isMinutes ?? false), false);
    assert.equal(coreDiagnostics(doc.uri).length, 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
