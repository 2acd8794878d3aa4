/**
 * The audit report in an editor webview: the report `core-group audit` writes, under the panel's CSP
 * (`default-src 'none'`, a crypto nonce for its style and for our one script, resources from dist/
 * only). Its body reaches the page as a tree of elements and texts computed in the core
 * (core/audit/report-view.ts) that the script builds with createElement and text nodes, so no text
 * from the minutes is parsed as HTML here. A toolbar (its labels set through textContent by the script): save as HTML,
 * Markdown or JSON; change the period; compare with an earlier saved report; show the trend by
 * month or quarter. The view keeps the audit's file summaries, so each of these rebuilds the report
 * in the core without analysing a file again. Links open a child's latest minutes.
 */
import * as vscode from 'vscode';
import { buildReport, comparableReport, compareReports, refusalText, renderHtml, renderMarkdown, reportHead, reportView } from '../core/audit';
import type { ReportOptions } from '../core/audit';
import type { AuditReport, FileSummary, Period } from '../core/audit/model';
import { escapeJson } from '../core/escape';
import { htmlEntities } from '../core/html-page';
import { isInside, normalise, relative, dirname } from '../core/paths';
import { nonce, webviewOptions } from './html';
import { auditView } from './messages';

type AuditIntent =
  | { type: 'open'; href: string }
  | { type: 'save'; format: 'html' | 'md' | 'json' }
  | { type: 'period' }
  | { type: 'compare' }
  | { type: 'trend'; by: 'month' | 'quarter' | 'none' };

const FORMATS: Record<'html' | 'md' | 'json', Record<string, string[]>> = { html: { HTML: ['html'] }, md: { Markdown: ['md'] }, json: { JSON: ['json'] } };

export class AuditReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private summaries: readonly FileSummary[] = [];
  private options: ReportOptions | undefined;
  private earlier: AuditReport | undefined;
  private report: AuditReport | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    /** Records a failure (what failed and the error's kind, never document text). */
    private readonly failed: (what: string, e: unknown) => void,
    /** Asks the user for a period (the editor's picker, wired in extension.ts: the panel does not import the editor). */
    private readonly pickPeriod: (today: string) => Promise<Period | undefined>,
  ) {}

  /** Shows a fresh audit (forgetting any comparison) and returns its report. */
  show(summaries: readonly FileSummary[], options: ReportOptions): AuditReport {
    this.summaries = summaries;
    this.options = options;
    this.earlier = undefined;
    return this.render();
  }

  /** The report as shown now. */
  get current(): AuditReport | undefined {
    return this.report;
  }

  /** The webview's HTML as set (the integration tests check its CSP and nonce). */
  get shownHtml(): string | undefined {
    return this.panel?.webview.html;
  }

  /** Another period, trend or comparison over the same summaries: nothing is analysed again. */
  update(change: { period?: ReportOptions['period']; trend?: ReportOptions['trend'] | null; earlier?: AuditReport | null }): AuditReport {
    if (!this.options) throw new Error('no audit to update');
    if (change.period) this.options = { ...this.options, period: change.period };
    if (change.trend !== undefined) this.options = { ...this.options, trend: change.trend ?? undefined };
    if (change.earlier !== undefined) this.earlier = change.earlier ?? undefined;
    return this.render();
  }

  /** Compares with an earlier saved JSON report; returns why not when it cannot be compared. */
  async compareWith(uri: vscode.Uri): Promise<{ report: AuditReport } | { refused: string }> {
    const name = uri.path.split('/').pop() ?? uri.path;
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    } catch (e) {
      return { refused: e instanceof SyntaxError ? refusalText({ kind: 'not-report' }, name, vscode.l10n) : auditView.cannotRead(name) };
    }
    const r = comparableReport(value);
    if ('refusal' in r) return { refused: refusalText(r.refusal, name, vscode.l10n) };
    return { report: this.update({ earlier: r.report }) };
  }

  private render(): AuditReport {
    const report = buildReport(this.summaries, this.options!);
    if (this.earlier) report.comparison = compareReports(report, this.earlier);
    this.report = report;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('coreGroup.auditReport', auditView.panelTitle, vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: AuditIntent) => void this.onIntent(m).catch((e: unknown) => this.failed('An audit report action failed', e)));
    }
    this.panel.webview.html = this.html(this.panel.webview, report);
    this.panel.reveal();
    return report;
  }

  private html(webview: vscode.Webview, report: AuditReport): string {
    const n = nonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'audit.js'));
    const csp = `default-src 'none'; style-src 'nonce-${n}'; img-src ${webview.cspSource} data:; script-src 'nonce-${n}'`;
    const labels: Record<string, string> = {
      html: auditView.saveHtml, md: auditView.saveMarkdown, json: auditView.saveJson, period: auditView.period, compare: auditView.compare,
      month: auditView.trendMonth, quarter: auditView.trendQuarter, none: auditView.noTrend,
    };
    const data = Object.entries(labels).map(([k, v]) => `data-${k}="${htmlEntities(v)}"`).join(' ');
    const toolbar = `<div id="cg-toolbar" ${data} data-trend="${report.trend?.by ?? 'none'}"></div>`;
    // The body as data (an attribute value is never parsed as markup): the script builds it.
    const model = `<main id="cg-report" data-model="${htmlEntities(JSON.stringify(reportView(report, { l10n: vscode.l10n }).nodes))}"></main>`;
    return [
      reportHead(report, n, vscode.l10n).replace('<head>', `<head>\n<meta http-equiv="Content-Security-Policy" content="${csp}">`),
      toolbar,
      model,
      `<script nonce="${n}" src="${script}"></script>`,
      '</body>',
      '</html>',
      '',
    ].join('\n');
  }

  private folderFor(path: string): { folder: vscode.WorkspaceFolder; rest: string } | undefined {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 1) return { folder: folders[0], rest: path };
    const [name, ...rest] = path.split('/');
    const folder = folders.find((f) => f.name === name);
    return folder && { folder, rest: rest.join('/') };
  }

  private async onIntent(m: AuditIntent): Promise<void> {
    if (m.type === 'open') {
      const path = m.href.split('/').map((s) => decodeURIComponent(s)).join('/');
      const target = this.folderFor(path);
      if (!target) return;
      const full = normalise(`${target.folder.uri.path}/${target.rest}`);
      if (!isInside(target.folder.uri.path, full)) return; // a report link never leaves the workspace folder
      await vscode.window.showTextDocument(target.folder.uri.with({ path: full }), { viewColumn: vscode.ViewColumn.Beside });
    } else if (m.type === 'save' && this.report && m.format in FORMATS) {
      await this.save(this.report, m.format);
    } else if (m.type === 'period' && this.options) {
      const period = await this.pickPeriod(this.options.generated);
      if (period) this.update({ period });
    } else if (m.type === 'compare') {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: FORMATS.json, openLabel: auditView.pickEarlier });
      if (!picked?.[0]) return;
      const r = await this.compareWith(picked[0]);
      if ('refused' in r) void vscode.window.showWarningMessage(r.refused);
    } else if (m.type === 'trend') {
      this.update({ trend: m.by === 'none' ? null : m.by === 'month' || m.by === 'quarter' ? m.by : null });
    }
  }

  private async save(report: AuditReport, format: 'html' | 'md' | 'json'): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `core-group-audit-${report.generated}.${format}`;
    const uri = await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, name), filters: FORMATS[format] });
    if (!uri) return;
    const linkBase = folder ? relative(dirname(uri.path), folder.path) : '';
    const text = format === 'html' ? renderHtml(report, { linkBase, l10n: vscode.l10n }) : format === 'md' ? renderMarkdown(report, { linkBase, l10n: vscode.l10n }) : escapeJson(JSON.stringify(report, null, 2)) + '\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(auditView.saved(uri.path.split('/').pop() ?? name));
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
