/** Wires the features together; nothing else happens here. */
import * as vscode from 'vscode';
import { MinutesCodeActions } from './editor/code-actions';
import { registerCommands } from './editor/commands';
import { DiagnosticsController } from './editor/diagnostics';
import { createLog } from './editor/log';
import { MinutesService } from './editor/minutes-service';
import { panelHost } from './editor/panel-host';
import { PLAN_PROGRESS_VIEW, PlanProgressView } from './panel/plan-progress-view';
import { AuditReportView } from './panel/audit-report-view';
import { AuditArg, runWorkspaceAudit } from './editor/audit-command';
import { pickPeriod } from './editor/audit-period';

export interface CoreGroupApi {
  diagnostics: DiagnosticsController;
  service: MinutesService;
  planProgress: PlanProgressView;
  auditView: AuditReportView;
}

export function activate(context: vscode.ExtensionContext): CoreGroupApi {
  const log = createLog();
  const service = new MinutesService(log);
  const diagnostics = new DiagnosticsController(service, context.extensionUri, log);
  const planProgress = new PlanProgressView(context.extensionUri, panelHost(service, diagnostics, log));
  const auditView = new AuditReportView(context.extensionUri, (what, e) => log.failed(what, e), pickPeriod);
  context.subscriptions.push(
    log.channel,
    auditView,
    vscode.commands.registerCommand('coreGroup.auditWorkspace', (arg?: AuditArg) => runWorkspaceAudit(context, auditView, arg)),
    planProgress,
    vscode.window.registerWebviewViewProvider(PLAN_PROGRESS_VIEW, planProgress),
    diagnostics,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new MinutesCodeActions(service, diagnostics, context.extensionUri), MinutesCodeActions.metadata),
    ...registerCommands({ service, diagnostics }),
  );
  // Returned for the integration tests, which wait on onDidAnalyse instead of sleeping.
  return { diagnostics, service, planProgress, auditView };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
