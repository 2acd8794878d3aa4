/**
 * "Core Group: Audit workspace": the thematic audit over every workspace folder, with a progress
 * notification that counts files and can be cancelled, a cache in workspace storage, and the report
 * shown in an editor webview.
 */
import * as vscode from 'vscode';
import { Analyser } from '../core/analyse';
import { buildReport } from '../core/audit';
import type { AuditReport, FileSummary } from '../core/audit/model';
import { summariseFile } from '../core/audit/run';
import { dayFromParts, toIso } from '../core/dates';
import * as messages from './messages';
import type { AuditReportView } from '../panel/audit-report-view';
import { AuditCache, RecordingReader } from './audit-cache';
import { WorkspaceFileReader } from './file-reader';

const EXCLUDE = '{**/node_modules/**,**/.git/**,**/.vscode-test/**}';

export interface AuditRun {
  report: AuditReport;
  /** Files analysed afresh (not served by the cache). */
  analysed: number;
}

function todayIso(): string {
  const d = new Date();
  return toIso(dayFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate())!);
}

async function auditFolder(folder: vscode.WorkspaceFolder, storage: vscode.Uri | undefined, version: string, prefix: string, step: (n: number) => boolean): Promise<{ summaries: FileSummary[]; analysed: number } | undefined> {
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.md'), EXCLUDE);
  const paths = uris.map((u) => u.path).sort();
  const reader = new WorkspaceFileReader(folder.uri);
  const recorder = new RecordingReader(reader);
  const analyser = new Analyser(recorder);
  const cacheFile = storage && vscode.Uri.joinPath(storage, `audit-cache-${encodeURIComponent(folder.name)}.json`);
  const cache = new AuditCache(cacheFile, reader, version);
  await cache.load();
  const root = folder.uri.path;
  const summaries: FileSummary[] = [];
  for (const path of paths) {
    let s = await cache.fresh(path);
    if (!s) {
      recorder.start();
      s = await summariseFile(analyser, path, root);
      cache.put(path, await recorder.finish(), s);
    }
    summaries.push(prefix ? { ...s, path: `${prefix}/${s.path}` } : s);
    if (!step(1)) return undefined;
  }
  await cache.save(new Set(paths));
  return { summaries, analysed: cache.analysed };
}

export async function runWorkspaceAudit(context: vscode.ExtensionContext, view: AuditReportView): Promise<AuditRun | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(messages.auditUi.noFolder);
    return undefined;
  }
  const version = String((context.extension.packageJSON as { version?: string }).version ?? '0.0.0');
  const total = (await Promise.all(folders.map((f) => vscode.workspace.findFiles(new vscode.RelativePattern(f, '**/*.md'), EXCLUDE)))).reduce((n, u) => n + u.length, 0);
  const run = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: messages.auditUi.progressTitle, cancellable: true },
    async (progress, token) => {
      let done = 0;
      const step = (n: number) => {
        done += n;
        progress.report({ message: messages.auditUi.progress(done, total), increment: (100 * n) / Math.max(1, total) });
        return !token.isCancellationRequested;
      };
      const all: FileSummary[] = [];
      let analysed = 0;
      for (const folder of folders) {
        const r = await auditFolder(folder, context.storageUri, version, folders.length > 1 ? folder.name : '', step);
        if (!r) return undefined;
        all.push(...r.summaries);
        analysed += r.analysed;
      }
      return { summaries: all, analysed };
    },
  );
  if (!run) {
    void vscode.window.showInformationMessage(messages.auditUi.cancelled);
    return undefined;
  }
  const report = buildReport(run.summaries, { folder: folders.map((f) => f.name).join(', '), generated: todayIso(), version });
  if (report.files.minutes === 0) {
    void vscode.window.showWarningMessage(messages.auditUi.noMinutes);
    return { report, analysed: run.analysed };
  }
  view.show(report);
  void vscode.window.setStatusBarMessage(messages.auditUi.fromCache(run.analysed, run.summaries.length), 8000);
  return { report, analysed: run.analysed };
}
