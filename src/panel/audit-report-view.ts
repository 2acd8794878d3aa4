/**
 * The audit report in an editor webview: the same self-contained HTML as `core-group audit`, under the
 * panel's CSP (a nonce for its style and for our one script), with Save as HTML / Markdown and links
 * that open a child's latest minutes.
 */
import * as vscode from 'vscode';
import { renderHtml, renderMarkdown } from '../core/audit';
import type { AuditReport } from '../core/audit/model';
import { isInside, normalise, relative, dirname } from '../core/paths';
import { nonce, webviewOptions } from './html';
import { auditView } from './messages';

type AuditIntent = { type: 'open'; href: string } | { type: 'save'; format: 'html' | 'md' };

export class AuditReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private report: AuditReport | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    /** Records a failure (what failed and the error's kind, never document text). */
    private readonly failed: (what: string, e: unknown) => void,
  ) {}

  show(report: AuditReport): void {
    this.report = report;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('coreGroup.auditReport', auditView.panelTitle, vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: AuditIntent) => void this.onIntent(m).catch((e: unknown) => this.failed('An audit report action failed', e)));
    }
    this.panel.webview.html = this.html(this.panel.webview, report);
    this.panel.reveal();
  }

  private html(webview: vscode.Webview, report: AuditReport): string {
    const n = nonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'audit.js'));
    const csp = `default-src 'none'; style-src 'nonce-${n}'; img-src ${webview.cspSource} data:; script-src 'nonce-${n}'`;
    const toolbar = `<div id="cg-toolbar" data-html="${auditView.saveHtml}" data-md="${auditView.saveMarkdown}"></div>`;
    return renderHtml(report, { styleNonce: n })
      .replace('<head>', `<head>\n<meta http-equiv="Content-Security-Policy" content="${csp}">`)
      .replace('<body>', `<body>\n${toolbar}`)
      .replace('</body>', `<script nonce="${n}" src="${script}"></script>\n</body>`);
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
    } else if (m.type === 'save' && this.report) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const name = `core-group-audit-${this.report.generated}.${m.format}`;
      const uri = await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, name), filters: m.format === 'html' ? { HTML: ['html'] } : { Markdown: ['md'] } });
      if (!uri) return;
      const linkBase = folder ? relative(dirname(uri.path), folder.path) : '';
      const text = m.format === 'html' ? renderHtml(this.report, { linkBase }) : renderMarkdown(this.report, { linkBase });
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      void vscode.window.showInformationMessage(auditView.saved(uri.path.split('/').pop() ?? name));
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
