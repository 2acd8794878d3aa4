/**
 * First run in the real host: the Markdown preview's engine (VS Code's own, with our plugin) renders
 * the meeting-details table and keeps hostile content as text; the walkthrough and the status bar
 * item exist and work; "Learn more" opens one tab at the check's own section; cg-action proposes the
 * next free action ID.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, codeOf, EXTENSION_ID, openMinutes, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const CURRENT = ['child-a', '2026-10-01-core-group.md'];
const render = (text: string) => vscode.commands.executeCommand<string>('markdown.api.render', text);
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

describe('first run', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it("VS Code's Markdown engine renders minutes with the meeting-details table, badges and no prompt comments", async () => {
    const text = await read(workspaceUri(...CURRENT));
    const html = await render(text.replace('## Parents and carers', '<!-- Record who attended -->\n\n## Parents and carers'));
    assert.match(html, /<table class="core-group-meeting-details code-line" data-line="0">/);
    assert.match(html, /<tr><th scope="row">Date of the meeting<\/th><td>1 October 2026<\/td><\/tr>/);
    assert.match(html, /<tr><th scope="row">Chair<\/th><td>Leo Grant \(Social Worker\)<\/td><\/tr>/);
    assert.match(html, /core-group-rating-amber" title="Rating: Amber">Amber<\/span>/);
    assert.doesNotMatch(html, /<!--/);
    // Other Markdown is untouched: a plan file's front matter stays hidden, no table appears.
    const plan = await render(await read(workspaceUri('child-a', 'cp-plan.md')));
    assert.doesNotMatch(plan, /core-group-meeting-details/);
  });

  it('keeps hostile front matter as text in the meeting-details table', async () => {
    const html = await render('---\ntype: core-group-minutes\ndate: 2026-11-04\nchild: "<img src=x onerror=alert(1)>"\nchair: "<script>alert(2)</script>Pat"\n---\n\n# Minutes\n');
    const table = /<table class="core-group-meeting-details[^]*?<\/table>/.exec(html)?.[0] ?? '';
    assert.match(table, /<td>&lt;img src=x onerror=alert\(1\)&gt;<\/td>/);
    assert.match(table, /<td>&lt;script&gt;alert\(2\)&lt;\/script&gt;Pat<\/td>/);
    assert.doesNotMatch(table, /<script|<img/);
  });

  it('contributes a walkthrough of five steps whose pages ship with the extension, and opens it', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const walkthroughs = (ext.packageJSON as { contributes: { walkthroughs: { id: string; steps: { id: string; media: { markdown: string }; completionEvents: string[] }[] }[] } }).contributes.walkthroughs;
    assert.deepEqual(walkthroughs.map((w) => w.id), ['coreGroup.firstRun']);
    const steps = walkthroughs[0].steps;
    assert.deepEqual(steps.map((s) => s.id), ['coreGroup.writeMinutes', 'coreGroup.fixFinding', 'coreGroup.seePlan', 'coreGroup.shareMinutes', 'coreGroup.auditFolder']);
    // "Share the minutes" is done by exporting them, and its page names the export and the record.
    const share = steps.find((s) => s.id === 'coreGroup.shareMinutes')!;
    assert.deepEqual(share.completionEvents, ['onCommand:coreGroup.exportMinutes']);
    const sharePage = await read(vscode.Uri.joinPath(ext.extensionUri, share.media.markdown));
    assert.match(sharePage, /Core Group: Export minutes for sharing/);
    assert.match(sharePage, /Core Group: Record that\s+the minutes were shared/);
    for (const s of steps) {
      assert.match(await read(vscode.Uri.joinPath(ext.extensionUri, s.media.markdown)), /^# /, s.media.markdown);
      const command = /^onCommand:(.+)$/.exec(s.completionEvents[0])?.[1];
      assert.ok(command && (await vscode.commands.getCommands(true)).includes(command), `${s.id} completes on a command that exists: ${command}`);
    }
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#coreGroup.firstRun`, false);
    await waitFor('the walkthrough tab', () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => /Welcome|Walkthrough|Get started/i.test(t.label))), [vscode.window.tabGroups.onDidChangeTabs as vscode.Event<unknown>]);
  });

  it('shows the open minutes\' findings by area in the status bar, opening the Problems view, and hides for other files', async () => {
    const { statusBar, diagnostics } = await api();
    const editor = await openMinutes(...CURRENT);
    await waitForDiagnostics(editor.document.uri, 'the findings', (d) => d.length === 7);
    await waitFor('the status bar item', () => statusBar.shown && statusBar.item.text.includes('Quality'), [diagnostics.onDidAnalyse as vscode.Event<unknown>]);
    // The sample's 7 findings: 4 on quality, 2 on the plan's effectiveness, 1 on partnership working.
    assert.equal(statusBar.item.text, '$(checklist) Quality 4 · Plan 2 · Partnership 1');
    assert.match(String(statusBar.item.tooltip), /^Core group minutes: 7 findings \(4 on quality of minutes, 2 on effectiveness of the core group, 1 on partnership working\)\. Select to open the Problems view\.$/);
    assert.equal(statusBar.item.command, 'workbench.actions.view.problems');
    await vscode.commands.executeCommand(statusBar.item.command as string);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('child-a', 'cp-plan.md')));
    await waitFor('the item to hide for a file that is not minutes', () => !statusBar.shown, [vscode.window.onDidChangeActiveTextEditor as vscode.Event<unknown>]);
  });

  it('"Learn more" opens one tab of docs/checks.md with the check\'s own section at the top', async () => {
    const editor = await openMinutes(...CURRENT);
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, 'the findings', (d) => d.length === 7);
    const docs = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'docs', 'checks.md');
    const lines = (await read(docs)).split('\n');
    for (const code of ['CG010', 'CG041', 'CG010']) {
      const d = ds.find((x) => codeOf(x) === code)!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const learn = actions.find((a) => a.title === `Learn more about ${code}`)!;
      await vscode.commands.executeCommand(learn.command!.command, ...(learn.command!.arguments ?? []));
      const shown = await waitFor(`the docs at ${code}`, () => {
        const e = vscode.window.activeTextEditor;
        return e?.document.uri.path === docs.path && lines[e.selection.active.line] === `<a id="${code.toLowerCase()}"></a>` ? e : undefined;
      }, [vscode.window.onDidChangeTextEditorSelection as vscode.Event<unknown>]);
      const line = shown.selection.active.line;
      await waitFor(`${code}'s section (line ${line}) at the top of the editor`, () => {
        const top = shown.visibleRanges[0]?.start.line;
        // AtTop keeps a few lines of context above (VS Code's sticky scroll and padding): the anchor is among the first lines.
        return top !== undefined && top <= line && top >= line - 5;
      }, [vscode.window.onDidChangeTextEditorVisibleRanges as vscode.Event<unknown>]).catch((e: Error) => {
        throw new Error(`${e.message}; visible: ${shown.visibleRanges.map((r) => `${r.start.line}-${r.end.line}`).join(', ')}`);
      });
      // The diagnostic's own link leads to the same line, as a selection VS Code's opener understands.
      assert.equal((d.code as { target: vscode.Uri }).target.fragment, `L${line + 1}`);
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.path === docs.path);
      assert.equal(tabs.length, 1, 'one tab of the docs, whatever was opened before');
    }
  });

  it('cg-action proposes a row with the next free action ID of the series', async () => {
    const editor = await openMinutes(...CURRENT);
    await waitForDiagnostics(editor.document.uri, 'the findings', (d) => d.length > 0);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\ncg-a'));
    const at = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at);
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'cg-action');
    assert.ok(item, 'a cg-action completion');
    // Child A's series uses A1 to A4: the next free ID is A5.
    assert.match((item.insertText as vscode.SnippetString).value, /^\| \$\{1:A5\} \| /);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
