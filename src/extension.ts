/** Wires the features together; nothing else happens here. */
import * as vscode from 'vscode';
import { MinutesCodeActions } from './editor/code-actions';
import { registerCommands } from './editor/commands';
import { registerLearnCommand } from './editor/settings-fix';
import { DiagnosticsController } from './editor/diagnostics';
import { createLog } from './editor/log';
import { MinutesService } from './editor/minutes-service';
import { panelHost } from './editor/panel-host';
import { PLAN_PROGRESS_VIEW, PlanProgressView } from './panel/plan-progress-view';
import { AuditReportView } from './panel/audit-report-view';
import { AuditArg, runWorkspaceAudit } from './editor/audit-command';
import { pickPeriod } from './editor/audit-period';
import { registerExportCommands } from './editor/export-command';
import { CheckDocs } from './editor/check-docs';
import { FindingsStatusBar } from './editor/status-bar';
import { ActionCompletion } from './editor/action-completion';
import type { MarkdownIt } from 'markdown-it';
import { coreGroupPreview } from './preview/markdown-it-plugin';

export interface CoreGroupApi {
  diagnostics: DiagnosticsController;
  service: MinutesService;
  planProgress: PlanProgressView;
  auditView: AuditReportView;
  statusBar: FindingsStatusBar;
  /** Called by VS Code's Markdown preview (package.json markdown.markdownItPlugins). */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export function activate(context: vscode.ExtensionContext): CoreGroupApi {
  const log = createLog();
  const service = new MinutesService(log);
  const docs = new CheckDocs(context.extensionUri);
  const diagnostics = new DiagnosticsController(service, docs, log);
  const planProgress = new PlanProgressView(context.extensionUri, panelHost(service, diagnostics, log));
  const statusBar = new FindingsStatusBar(service, diagnostics);
  const auditView = new AuditReportView(context.extensionUri, (what, e) => log.failed(what, e), pickPeriod);
  context.subscriptions.push(
    log.channel,
    statusBar,
    auditView,
    vscode.commands.registerCommand('coreGroup.auditWorkspace', (arg?: AuditArg) => runWorkspaceAudit(context, auditView, log, arg)),
    planProgress,
    vscode.window.registerWebviewViewProvider(PLAN_PROGRESS_VIEW, planProgress),
    diagnostics,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new MinutesCodeActions(service, diagnostics), MinutesCodeActions.metadata),
    vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new ActionCompletion(service, diagnostics)),
    ...registerCommands({ service, diagnostics, docs }),
    registerLearnCommand(service),
    ...registerExportCommands(service, String((context.extension.packageJSON as { version?: string }).version ?? '0.0.0')),
  );
  // Returned for the integration tests, which wait on onDidAnalyse instead of sleeping.
  return { diagnostics, service, planProgress, auditView, statusBar, extendMarkdownIt: (md) => coreGroupPreview(md, vscode.l10n) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
