/**
 * A status bar item while core group minutes are the active editor: their findings by area of
 * practice (src/core/panel/status.ts); selecting it opens the Problems view. Hidden for anything else.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyse';
import { statusModel } from '../core/panel/status';
import type { DiagnosticsController } from './diagnostics';
import { ui } from './messages';
import type { MinutesService } from './minutes-service';

export const STATUS_ITEM_ID = 'coreGroup.findings';

export class FindingsStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Left, 50);
  /** Whether the item is showing (StatusBarItem has no getter for it): the tests read it. */
  shown = false;
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(
    private readonly service: MinutesService,
    private readonly diagnostics: DiagnosticsController,
  ) {
    this.item.name = ui.statusName;
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
      diagnostics.onDidAnalyse(({ document, analysis }) => {
        if (this.target()?.uri.toString() === document.uri.toString()) this.show(analysis);
      }),
    );
    this.refresh();
  }

  /** The document the item speaks of: the active editor's, or with the focus in a webview (the preview, the panel), minutes still on screen. */
  private target(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active) return active;
    return vscode.window.visibleTextEditors.map((e) => e.document).find((d) => this.service.mayBeMinutes(d));
  }

  private refresh(): void {
    const doc = this.target();
    if (!doc || !this.service.mayBeMinutes(doc)) return this.hide();
    const a = this.diagnostics.analysisOf(doc.uri);
    if (a) this.show(a);
  }

  private show(a: Analysis): void {
    if (!a.isMinutes) return this.hide();
    const m = statusModel(a.findings, vscode.l10n);
    this.item.text = m.text;
    this.item.tooltip = m.tooltip;
    this.item.accessibilityInformation = { label: m.ariaLabel, role: 'button' };
    this.item.show();
    this.shown = true;
  }

  private hide(): void {
    this.item.hide();
    this.shown = false;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
