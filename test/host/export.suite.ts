/**
 * Export and the record of sharing in the real host: the export command writes the copy beside
 * the minutes and records the sharing in the distribution section (insert-only); an edit after
 * sharing raises CG061; the record command alone; a file that is not an export is never written over.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { isOwnExport } from '../../src/core/export';
import { api, codeOf, coreDiagnostics, keepsEveryLine, openMinutes, waitForDiagnostics, workspaceUri } from './helpers';

const CURRENT = ['child-a', '2026-10-01-core-group.md'];

interface ExportOutcome {
  uri: vscode.Uri;
  stamp: string;
  recorded: boolean;
}

async function remove(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
}

describe('export and the record of sharing', () => {
  const created: vscode.Uri[] = [];
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created.splice(0)) await remove(uri);
  });

  it('contributes the two commands', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('coreGroup.exportMinutes'));
    assert.ok(all.includes('coreGroup.recordSharing'));
  });

  it('exports a Word copy for the family beside the minutes and records the sharing; an edit afterwards is CG061', async () => {
    const editor = await openMinutes(...CURRENT);
    const before = editor.document.getText();
    await waitForDiagnostics(editor.document.uri, 'the first check', (d) => d.length > 0);
    const out = await vscode.commands.executeCommand<ExportOutcome>('coreGroup.exportMinutes', editor.document.uri, {
      format: 'docx', audience: 'family', share: { withWhom: ['Rosa Grant (Mother)', 'Nursery'], how: 'Secure email; Word document for the family' },
    });
    created.push(out.uri);
    assert.equal(out.uri.toString(), workspaceUri('child-a', '2026-10-01-core-group-family.docx').toString());
    assert.ok(isOwnExport(await vscode.workspace.fs.readFile(out.uri), 'docx'));
    assert.equal(out.recorded, true);
    const text = editor.document.getText();
    assert.ok(keepsEveryLine(before, text), 'insert-only');
    assert.match(text, new RegExp(`Shared with: core group\\n\\nShared with: Rosa Grant \\(Mother\\), Nursery\\nDate shared: \\d{4}-\\d{2}-\\d{2}\\nHow shared: Secure email; Word document for the family\\nVersion shared: ${out.stamp}\\n$`));
    // Recorded as shared (no CG060), and nothing has changed since (no CG061).
    await waitForDiagnostics(editor.document.uri, 'CG060 to go', (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'CG060'));
    assert.ok(!coreDiagnostics(editor.document.uri).some((d) => codeOf(d) === 'CG061'));
    // A change to what was shared.
    const at = editor.document.positionAt(text.indexOf('Improving.') + 'Improving.'.length);
    await editor.edit((e) => e.insert(at, ' Mum has started the course.'));
    const ds = await waitForDiagnostics(editor.document.uri, 'CG061 after the edit', (d) => d.some((x) => codeOf(x) === 'CG061'));
    const f = ds.find((d) => codeOf(d) === 'CG061')!;
    assert.match(f.message, /^The minutes have changed since they were shared on \d{1,2} [A-Z][a-z]+ \d{4}; share the new version and record it/);
    assert.equal(f.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(editor.document.lineAt(f.range.start.line).text, `Version shared: ${out.stamp}`);
  });

  it('records a sharing on its own, and the new record answers CG061', async () => {
    const editor = await openMinutes(...CURRENT);
    const ok = await vscode.commands.executeCommand<boolean>('coreGroup.recordSharing', editor.document.uri, { withWhom: ['Core group'], how: 'Given by hand' });
    assert.equal(ok, true);
    assert.match(editor.document.getText(), /How shared: Given by hand\nVersion shared: cg1-[0-9a-f]{8}\n$/);
    await waitForDiagnostics(editor.document.uri, 'no CG060 or CG061', (d) => d.length > 0 && !d.some((x) => ['CG060', 'CG061'].includes(codeOf(x))));
  });

  it('never writes over a file that is not an export: it takes the next free name', async () => {
    const editor = await openMinutes(...CURRENT);
    const theirs = workspaceUri('child-a', '2026-10-01-core-group.html');
    created.push(theirs);
    await vscode.workspace.fs.writeFile(theirs, new TextEncoder().encode('<!doctype html><p>The school\'s own page</p>'));
    const out = await vscode.commands.executeCommand<ExportOutcome>('coreGroup.exportMinutes', editor.document.uri, { format: 'html', audience: 'professionals', share: false });
    created.push(out.uri);
    assert.equal(out.uri.toString(), workspaceUri('child-a', '2026-10-01-core-group-2.html').toString());
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(theirs)), '<!doctype html><p>The school\'s own page</p>');
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(out.uri));
    assert.match(html, /<h1>Core group minutes<\/h1>/);
    assert.equal(out.recorded, false);
    // Its own export is replaced in place the next time.
    const again = await vscode.commands.executeCommand<ExportOutcome>('coreGroup.exportMinutes', editor.document.uri, { format: 'html', audience: 'professionals', share: false });
    assert.equal(again.uri.toString(), out.uri.toString());
    assert.equal(editor.document.isDirty, false, 'the minutes are not touched without a record');
  });
});
