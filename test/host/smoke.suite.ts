// Smoke test in the real extension host: the extension is there, activates, and the
// fixture workspace (a fresh copy of test/fixtures/workspace/) is open.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'core-group-minutes.core-group-minutes';

describe('smoke', () => {
  it('finds and activates the extension', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('opens the fixture workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'exactly one workspace folder');
    const minutes = path.join(folders[0].uri.fsPath, 'child-a', '2026-10-01-core-group.md');
    assert.ok(fs.existsSync(minutes), `fixture minutes missing: ${minutes}`);
    assert.match(fs.readFileSync(minutes, 'utf8'), /^---\ntype: core-group-minutes\n/);
  });
});
