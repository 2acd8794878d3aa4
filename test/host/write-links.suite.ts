/**
 * Writes never follow a symbolic link out of the workspace folder, in the real host: the learning
 * fix's `.coregroup.json`, an export beside the minutes, new minutes and a new CP plan. Each target
 * is a link placed where the file would go, leading outside the workspace (to an empty file, which
 * plain writing would fill) or nowhere (a broken link: writing would create the file where it points).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PlanUpdate } from '../../src/core/plan/update';
import { goodMinutes } from '../unit/helpers/minutes';
import { api, codeOf, coreDiagnostics, openMinutes, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const root = () => vscode.workspace.workspaceFolders![0].uri.fsPath;

interface ExportOutcome {
  uri: vscode.Uri;
}

describe('writes never follow a symbolic link out of the workspace', () => {
  let outside = '';
  const links: string[] = [];
  /** A link at `at` (inside the workspace) to `target` in the outside folder. */
  const link = (at: string, target: string) => {
    fs.symlinkSync(path.join(outside, target), at);
    links.push(at);
  };
  before(async () => {
    await api();
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'core-group-outside-'));
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const l of links.splice(0)) fs.rmSync(l, { force: true });
  });
  after(async () => {
    fs.rmSync(outside, { recursive: true, force: true });
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('the learning fix writes no .coregroup.json through a broken link, nor to another file', async () => {
    const dir = path.join(root(), 'learn-link');
    fs.mkdirSync(dir, { recursive: true });
    // A broken link where the fix would create the settings file: there is no settings file in force.
    link(path.join(root(), '.coregroup.json'), 'settings.json');
    const text = goodMinutes({}, { child: 'K.L.', date: '2026-11-12', meeting: 1, icpc: '2026-11-02' }).replace('## Analysis of safety', '## How safe is K now?');
    fs.writeFileSync(path.join(dir, 'minutes.md'), text);
    try {
      const editor = await openMinutes('learn-link', 'minutes.md');
      const uri = editor.document.uri;
      await waitForDiagnostics(uri, 'CG001 safety naming the heading', (d) => d.some((x) => codeOf(x) === 'CG001' && x.message.includes('"How safe is K now"')));
      // Asked again until offered: the link's creation may still be re-checking the minutes.
      const action = await waitFor('the learning fix', async () => {
        const diagnostic = coreDiagnostics(uri).find((x) => codeOf(x) === 'CG001');
        if (!diagnostic) return undefined;
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        return actions.find((a) => a.title.startsWith('Read "How safe is K now"') && a.command);
      }, [vscode.languages.onDidChangeDiagnostics]);
      assert.ok(action.command);
      assert.equal(await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])), false);
      assert.ok(!fs.existsSync(path.join(outside, 'settings.json')), 'nothing created where the link points');
      assert.ok(fs.lstatSync(path.join(root(), '.coregroup.json')).isSymbolicLink(), 'the link is left as it was');
      // The command, called with any other file, writes nothing either.
      const [minutes, edit] = action.command.arguments as [vscode.Uri, { path: string }];
      for (const other of [path.join(outside, '.coregroup.json'), path.join(dir, 'minutes.md')]) {
        assert.equal(await vscode.commands.executeCommand(action.command.command, minutes, { ...edit, path: other }), false, other);
      }
      assert.equal(fs.readFileSync(path.join(dir, 'minutes.md'), 'utf8'), text);
      assert.ok(!fs.existsSync(path.join(outside, '.coregroup.json')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an export takes the next free name rather than write through a link beside the minutes', async () => {
    const editor = await openMinutes('child-a', '2026-10-01-core-group.md');
    fs.writeFileSync(path.join(outside, 'empty.html'), '');
    link(path.join(root(), 'child-a', '2026-10-01-core-group.html'), 'empty.html');
    link(path.join(root(), 'child-a', '2026-10-01-core-group-2.html'), 'gone.html');
    const out = await vscode.commands.executeCommand<ExportOutcome>('coreGroup.exportMinutes', editor.document.uri, { format: 'html', audience: 'professionals', share: false });
    try {
      assert.equal(out.uri.toString(), workspaceUri('child-a', '2026-10-01-core-group-3.html').toString());
      assert.equal(fs.readFileSync(path.join(outside, 'empty.html'), 'utf8'), '', 'the file outside is untouched');
      assert.ok(!fs.existsSync(path.join(outside, 'gone.html')), 'nothing created where the broken link points');
    } finally {
      await vscode.workspace.fs.delete(out.uri).then(undefined, () => undefined);
    }
  });

  it('New minutes and a new CP plan are not created through a broken link', async () => {
    await openMinutes('child-a', '2026-10-01-core-group.md');
    link(path.join(root(), 'child-a', '2026-10-29-core-group.md'), 'next.md');
    assert.equal(await vscode.commands.executeCommand<vscode.Uri | undefined>('coreGroup.newMinutes'), undefined);
    assert.ok(!fs.existsSync(path.join(outside, 'next.md')), 'no new minutes where the link points');

    const dir = path.join(root(), 'plan-link');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'minutes.md'), goodMinutes({}, { child: 'P.L.', date: '2026-11-12', meeting: 1, icpc: '2026-11-02' }));
    link(path.join(dir, 'cp-plan.md'), 'plan.md');
    try {
      await openMinutes('plan-link', 'minutes.md');
      const u = await vscode.commands.executeCommand<PlanUpdate>('coreGroup.updatePlan');
      assert.equal(u?.kind, 'refused');
      assert.ok(!fs.existsSync(path.join(outside, 'plan.md')), 'no plan where the link points');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
