/**
 * Learning a team's template in the real host (real-minutes.md, principle 10): a section written
 * under a heading the tool does not know is named by CG001, and the quick fix "Read ... as ..."
 * writes the heading into .coregroup.json; on the next check the section is found and the finding
 * is gone. Once into a settings file that is there, once creating one at the workspace folder.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { goodMinutes } from '../unit/helpers/minutes';
import { api, codeOf, openMinutes, waitForDiagnostics, workspaceUri } from './helpers';

const root = () => vscode.workspace.workspaceFolders![0].uri.fsPath;

/** Minutes whose analysis of safety sits under "How safe is K now?", a heading no pack knows. */
function minutes(): string {
  const text = goodMinutes({}, { child: 'K.L.', date: '2026-11-12', meeting: 1, icpc: '2026-11-02' });
  assert.ok(text.includes('## Analysis of safety'), 'the template minutes have the section to rename');
  return text.replace('## Analysis of safety', '## How safe is K now?');
}

async function learnFixFor(uri: vscode.Uri): Promise<{ diagnostic: vscode.Diagnostic; action: vscode.CodeAction }> {
  const ds = await waitForDiagnostics(uri, 'CG001 safety naming the heading', (d) => d.some((x) => codeOf(x) === 'CG001' && x.message.includes('"How safe is K now"')));
  const diagnostic = ds.find((x) => codeOf(x) === 'CG001')!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((a) => a.title.startsWith('Read "How safe is K now" as "Analysis of safety"'));
  assert.ok(action?.command, `no learning fix among: ${actions.map((a) => a.title).join(' / ')}`);
  return { diagnostic, action };
}

describe('learning a team\'s headings (.coregroup.json)', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('adds the heading to the settings file in force, and the finding goes', async () => {
    const dir = path.join(root(), 'learn-existing');
    fs.mkdirSync(dir, { recursive: true });
    const settings = path.join(dir, '.coregroup.json');
    fs.writeFileSync(settings, '{\n  // the team\'s settings\n  "checks": { "CG060": "off" }\n}\n');
    fs.writeFileSync(path.join(dir, 'minutes.md'), minutes());
    const editor = await openMinutes('learn-existing', 'minutes.md');
    const uri = editor.document.uri;
    const { action } = await learnFixFor(uri);
    const minutesBefore = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? [])), true);
    const written = fs.readFileSync(settings, 'utf8');
    assert.match(written, /"aliases"[\s\S]*"sections"[\s\S]*"safety"[\s\S]*"How safe is K now"/);
    assert.ok(written.includes("// the team's settings") && written.includes('"CG060": "off"'), 'the file keeps what it had');
    assert.equal(editor.document.getText(), minutesBefore, 'the minutes are not changed');
    await waitForDiagnostics(uri, 'CG001 safety to go', (d) => !d.some((x) => codeOf(x) === 'CG001'));
  });

  it('creates .coregroup.json at the workspace folder when there is none', async () => {
    const settings = path.join(root(), '.coregroup.json');
    assert.ok(!fs.existsSync(settings), 'no settings file at the workspace folder before');
    const dir = path.join(root(), 'learn-new');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'minutes.md'), minutes());
    const editor = await openMinutes('learn-new', 'minutes.md');
    const uri = editor.document.uri;
    try {
      const { action } = await learnFixFor(uri);
      assert.equal(await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? [])), true);
      assert.ok(fs.existsSync(settings), 'the settings file was created');
      assert.deepEqual(JSON.parse(fs.readFileSync(settings, 'utf8')), { aliases: { sections: { safety: ['How safe is K now'] } } });
      await waitForDiagnostics(uri, 'CG001 safety to go', (d) => !d.some((x) => codeOf(x) === 'CG001'));
    } finally {
      fs.rmSync(settings, { force: true });
      await vscode.workspace.fs.delete(workspaceUri('learn-new'), { recursive: true }).then(undefined, () => undefined);
    }
  });
});
