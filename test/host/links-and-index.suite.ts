import type { Analysis, MinutesAnalysis } from '../../src/core/analyse';
/**
 * The editor's workspace.fs reader in the real host: symbolic links that lead outside the workspace
 * folder are refused (CG003 `outside`, nothing behind them read), and the folder index that finds
 * earlier minutes without `previous:` links follows edits in another editor and changes on disk.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { accessMessages } from '../../src/core/messages/access';
import { WorkspaceFileReader } from '../../src/editor/file-reader';
import { goodMinutes, table } from '../unit/helpers/minutes';
import { api, codeOf, openMinutes, restore, waitForDiagnostics, workspaceUri } from './helpers';

/** The analysis as minutes: fails the test when the file was not read as minutes. */
function minutesOf(a: Analysis | undefined): MinutesAnalysis {
  assert.ok(a?.isMinutes, 'analysed as minutes');
  return a as MinutesAnalysis;
}

const ACTIONS_H = ['ID', 'Action', 'Outcome', 'Owner', 'Due'];
const REVIEW_H = ['ID', 'Action', 'Owner', 'Due', 'Status', 'Update', 'Impact on the child'];
const SECRET = goodMinutes({ actions: table(ACTIONS_H, [['S1', 'SECRET outside action', 'O1', 'Nadia Ellis', '2026-09-24']]) }, { child: 'L.K.', date: '2026-08-01' });
const later = (front: Record<string, string>) =>
  goodMinutes(
    { 'previous-actions': table(REVIEW_H, [['A1', 'Parenting course', 'Nadia Ellis', '2026-09-24', 'Done', 'Done', 'Calmer'], ['A2', 'Attendance', 'Nadia Ellis', '2026-10-01', 'Done', 'Done', 'Better']]) },
    { date: '2026-10-08', meeting: 5, icpc: undefined, 'chair-role': 'Social Worker', ...front }, // not 2: the panel suite waits for "Meeting 2"
  );

describe('links leaving the workspace, and the folder index, in the editor', () => {
  const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const outside = path.join(path.dirname(root), 'outside');
  const made: string[] = [];
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };

  before(async () => {
    await api();
    fs.mkdirSync(outside, { recursive: true });
    fs.writeFileSync(path.join(outside, 'secret.md'), SECRET);
    write('links/current.md', later({ child: 'L.K.', previous: './outdir/secret.md' }));
    fs.symlinkSync(outside, path.join(root, 'links', 'outdir'));
    write('found/2026-10-08-core-group.md', later({ child: 'L.K.' }));
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'found', '2026-08-01-core-group.md'));
    fs.writeFileSync(path.join(outside, 'plan.md'), '---\ntype: cp-plan\nchild: L.K.\n---\n\n## Outcomes\n\n### O7 SECRET outcome\n');
    fs.writeFileSync(path.join(outside, 'settings.json'), '{ "checks": { "CG003": "off" } }');
    write('linked-plan/current.md', goodMinutes({}, { child: 'L.K.', plan: './outplan.md' }));
    fs.symlinkSync(path.join(outside, 'plan.md'), path.join(root, 'linked-plan', 'outplan.md'));
    fs.symlinkSync(path.join(outside, 'settings.json'), path.join(root, 'linked-plan', '.coregroup.json'));
    write('series/2026-09-10-core-group.md', goodMinutes({}, { child: 'S.E.' }));
    write('series/2026-10-08-core-group.md', later({ child: 'S.E.' }));
    made.push(outside, path.join(root, 'links'), path.join(root, 'found'), path.join(root, 'linked-plan'), path.join(root, 'series'));
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  after(() => {
    for (const p of made) fs.rmSync(p, { recursive: true, force: true });
  });

  it('the reader resolves real paths for file: URIs', async () => {
    const reader = new WorkspaceFileReader(workspaceUri());
    const base = vscode.Uri.file(fs.realpathSync(root)).path;
    assert.equal(await reader.realPath(workspaceUri('found', '2026-10-08-core-group.md').path), `${base}/found/2026-10-08-core-group.md`);
    assert.equal(await reader.realPath(workspaceUri('links', 'outdir', 'secret.md').path), vscode.Uri.file(fs.realpathSync(path.join(outside, 'secret.md'))).path);
    assert.equal(await reader.realPath(workspaceUri('links', 'nowhere.md').path), undefined);
  });

  it('refuses previous: through a linked folder, and reads nothing behind it', async () => {
    const editor = await openMinutes('links', 'current.md');
    const ds = await waitForDiagnostics(editor.document.uri, 'the CG003 outside finding', (d) => d.some((x) => codeOf(x) === 'CG003'));
    assert.deepEqual(ds.map(codeOf), ['CG003']);
    assert.equal(ds[0].message, accessMessages.linkLeavesByLink('previous', './outdir/secret.md'));
    const { diagnostics } = await api();
    const a = await diagnostics.checkNow(editor.document);
    assert.deepEqual(minutesOf(a).series.previous, []);
    assert.ok(!a!.dependencies.files.some((p) => p.endsWith('/outside/secret.md')));
  });

  it('refuses a linked plan and a linked .coregroup.json: one CG003 that names both, the standard settings apply', async () => {
    const editor = await openMinutes('linked-plan', 'current.md');
    // The linked settings would have turned CG003 off.
    const ds = await waitForDiagnostics(editor.document.uri, 'the CG003 outside finding', (d) => d.some((x) => codeOf(x) === 'CG003'));
    assert.deepEqual(ds.map(codeOf), ['CG003']);
    assert.equal(ds[0].message, `${accessMessages.linkLeavesByLink('plan', './outplan.md')} ${accessMessages.configOutside('linked-plan/.coregroup.json')}`);
    const { diagnostics } = await api();
    const a = await diagnostics.checkNow(editor.document);
    assert.equal(minutesOf(a).series.plan, undefined);
    assert.ok(!minutesOf(a).series.outcomes.some((o) => o.id === 'O7'));
  });

  it('does not take a linked file as the earlier meeting, and refuses to check the link itself', async () => {
    const editor = await openMinutes('found', '2026-10-08-core-group.md');
    const { diagnostics } = await api();
    const a = await diagnostics.checkNow(editor.document);
    assert.deepEqual(minutesOf(a).series.previous, []);
    assert.deepEqual(a!.findings.map((f) => f.code), []);
    const link = await openMinutes('found', '2026-08-01-core-group.md');
    const ds = await waitForDiagnostics(link.document.uri, 'the file-outside finding', (d) => d.length > 0);
    assert.deepEqual(ds.map((d) => [codeOf(d), d.message]), [['CG003', accessMessages.fileOutside]]);
  });

  it('finds earlier minutes without links, and follows edits in another editor and on disk', async () => {
    const current = await openMinutes('series', '2026-10-08-core-group.md');
    const uri = current.document.uri;
    const { diagnostics } = await api();
    const first = await diagnostics.checkNow(current.document);
    assert.equal(minutesOf(first).series.previous[0]?.doc.path, workspaceUri('series', '2026-09-10-core-group.md').path);
    assert.deepEqual(first?.findings, []);
    // An unsaved edit to the earlier minutes: a new action there must be reviewed here.
    const prevUri = workspaceUri('series', '2026-09-10-core-group.md');
    const prevDoc = await vscode.workspace.openTextDocument(prevUri);
    const row = "| A2 | Check P's attendance every week | O2 | Nadia Ellis | 2026-10-01 |";
    const edit = new vscode.WorkspaceEdit();
    edit.insert(prevUri, prevDoc.positionAt(prevDoc.getText().indexOf(row) + row.length), '\n| A9 | Family group conference | O1 | Nadia Ellis | 2026-10-02 |');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(uri, 'CG010 for A9 from the unsaved edit', (d) => d.some((x) => codeOf(x) === 'CG010' && x.message.includes('A9')));
    await vscode.window.showTextDocument(prevDoc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForDiagnostics(uri, 'A9 to go after the revert', (d) => d.length === 0);
    // A change on disk.
    const original = fs.readFileSync(prevUri.fsPath, 'utf8');
    try {
      await vscode.workspace.fs.writeFile(prevUri, new TextEncoder().encode(original.replace(row, `${row}\n| A8 | Home visit | O1 | Nadia Ellis | 2026-10-02 |`)));
      await waitForDiagnostics(uri, 'CG010 for A8 from the change on disk', (d) => d.some((x) => codeOf(x) === 'CG010' && x.message.includes('A8')));
    } finally {
      await restore(prevUri, original);
    }
  });
});
