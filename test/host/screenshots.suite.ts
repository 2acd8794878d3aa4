/**
 * Screenshots of the real workbench for the README, taken by the runner in headless Chromium when
 * asked (see screenshot.ts). Each waits for what it shows: the diagnostics, then the quick fix menu
 * (the runner waits for its selector before taking the picture).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { api, codeOf, EXTENSION_ID, openMinutes, waitForDiagnostics } from './helpers';
import { canTakeScreenshots, takeScreenshot } from './screenshot';

// Only the code-server runner can take pictures: elsewhere (test-electron) the suite is not registered.
if (canTakeScreenshots()) describe('screenshots', () => {
  it('a missing review of a previous action, with its quick fix open', async () => {
    await api();
    const editor = await openMinutes('child-a', '2026-10-01-core-group.md');
    const ds = await waitForDiagnostics(editor.document.uri, 'findings', (d) => d.length === 7);
    const d = ds.find((x) => codeOf(x) === 'CG010')!;
    editor.selection = new vscode.Selection(d.range.start, d.range.start);
    editor.revealRange(d.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await takeScreenshot('quick-fix', 30_000, '.action-widget');
    await vscode.commands.executeCommand('hideCodeActionWidget');
    const png = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'docs', 'images', 'quick-fix.png');
    assert.ok(fs.statSync(png).size > 10_000, 'the picture was written');
  });
});
