/**
 * The "Plan progress" webview view: posts the core's panel model for the active minutes, and acts on
 * the webview's intents (reveal a line, insert a missing section). It never analyses in the webview.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyse';
import { todayFromClock } from '../core/dates';
import { insertSection } from '../core/edits';
import { buildPanelModel, panelLabels } from '../core/panel/build-model';
import type { PanelIntent, PanelMessage } from '../core/panel/model';
import { shellHtml, webviewOptions } from './html';
import { panelUi } from './messages';
import type { PanelHost } from './panel-host';

export const PLAN_PROGRESS_VIEW = 'coreGroup.planProgress';

export class PlanProgressView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private current: { uri: vscode.Uri; analysis: Analysis } | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly posted = new vscode.EventEmitter<PanelMessage>();
  /** Fires with every model sent to the webview (the integration tests listen). */
  readonly onDidPost = this.posted.event;
  lastMessage: PanelMessage | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly host: PanelHost,
  ) {
    this.disposables.push(
      this.posted,
      host.onDidAnalyse(({ document, analysis }) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === document.uri.toString()) this.show(document.uri, analysis);
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => this.followEditor(e)),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = webviewOptions(this.extensionUri);
    view.webview.html = shellHtml(view.webview, this.extensionUri, 'panel.js', 'panel.css', panelUi.title);
    this.disposables.push(
      view.webview.onDidReceiveMessage((m: PanelIntent) => void this.onIntent(m).catch((e: unknown) => this.host.failed('A plan progress action failed', e))),
      view.onDidChangeVisibility(() => view.visible && this.post()),
    );
    this.followEditor(vscode.window.activeTextEditor);
  }

  private followEditor(editor: vscode.TextEditor | undefined): void {
    if (!editor) return; // keep showing the last minutes while focus is elsewhere (e.g. in this panel)
    const doc = editor.document;
    if (!this.host.mayBeMinutes(doc)) {
      if (doc.languageId === 'markdown' || doc.uri.scheme === 'file') {
        this.current = undefined;
        this.post();
      }
      return;
    }
    const a = this.host.analysisOf(doc.uri);
    if (a) this.show(doc.uri, a);
    else if (this.host.checksLive(doc)) void this.host.checkNow(doc); // a very large one waits for its save
  }

  private show(uri: vscode.Uri, analysis: Analysis): void {
    this.current = analysis.isMinutes ? { uri, analysis } : undefined;
    this.post();
  }

  private post(): void {
    const model = this.current && buildPanelModel(this.current.analysis, todayFromClock(), vscode.l10n);
    const message: PanelMessage = model ?? { kind: 'empty', labels: panelLabels(vscode.l10n), message: panelUi.empty };
    this.lastMessage = message;
    if (this.view) void this.view.webview.postMessage(message);
    this.posted.fire(message);
  }

  private async onIntent(m: PanelIntent): Promise<void> {
    if (m.type === 'ready') return this.post();
    const current = this.current;
    if (!current) return;
    if (m.type === 'reveal') {
      const uri = this.host.toUri(current.uri, m.location.path);
      const editor = await vscode.window.showTextDocument(uri, { preview: false, viewColumn: vscode.ViewColumn.One });
      const pos = new vscode.Position(m.location.line, 0);
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else if (m.type === 'insertSection') {
      const doc = await vscode.workspace.openTextDocument(current.uri);
      // Offsets must come from an analysis of the text as it is now.
      const analysis = doc.version === this.host.analysedVersionOf(doc.uri) ? current.analysis : await this.host.checkNow(doc);
      const insert = analysis?.isMinutes ? insertSection(analysis, m.id) : undefined;
      if (!insert) return;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, doc.positionAt(insert.offset), insert.text);
      await vscode.workspace.applyEdit(edit);
    }
  }

  /** For tests: the same path as a click in the webview. */
  handleIntent(m: PanelIntent): Promise<void> {
    return this.onIntent(m);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
