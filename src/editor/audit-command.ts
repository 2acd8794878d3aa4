/**
 * "Core Group: Audit workspace": asks for the period (last quarter by default; a command argument
 * `{ period, trend }` names it instead), then the thematic audit over every workspace folder, with a
 * progress notification that counts files and can be cancelled, a cache in workspace storage (the
 * core's cache, the same format and freshness rule as the command line's `--cache`), and the report
 * shown in an editor webview, where the period, a comparison and the trend can be changed without
 * analysing anything again.
 */
import * as vscode from 'vscode';
import { buildReport } from '../core/audit';
import type { AuditReport, FileSummary } from '../core/audit/model';
import { auditWithCache, CacheStore, summariseFiles } from '../core/audit/run';
import { Day, toIso, todayFromClock } from '../core/dates';
import type { Logger } from '../core/log';
import * as messages from './messages';
import type { AuditReportView } from '../panel/audit-report-view';
import { PeriodArg, periodFromArg, pickPeriod } from './audit-period';
import { WorkspaceFileReader } from './file-reader';

/** What a caller (a test, a keybinding) may name instead of being asked. */
export interface AuditArg {
  period?: PeriodArg;
  trend?: 'month' | 'quarter';
}

const EXCLUDE = '{**/node_modules/**,**/.git/**,**/.vscode-test/**}';

export interface AuditRun {
  report: AuditReport;
  /** Files analysed afresh (not served by the cache). */
  analysed: number;
}

/** The cache in workspace storage: written beside and renamed, so a cancelled or failed write leaves the old one whole. */
function storageStore(file: vscode.Uri): CacheStore {
  const fs = vscode.workspace.fs;
  return {
    read: async () => {
      try {
        return new TextDecoder().decode(await fs.readFile(file));
      } catch {
        return undefined; // no cache yet: a cold run
      }
    },
    write: async (text) => {
      const tmp = file.with({ path: `${file.path}.tmp` });
      await fs.createDirectory(vscode.Uri.joinPath(file, '..'));
      await fs.writeFile(tmp, new TextEncoder().encode(text));
      await fs.rename(tmp, file, { overwrite: true });
    },
  };
}

async function auditFolder(folder: vscode.WorkspaceFolder, storage: vscode.Uri | undefined, version: string, prefix: string, today: Day, step: () => boolean, log: Logger): Promise<{ summaries: FileSummary[]; analysed: number } | undefined> {
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.md'), EXCLUDE);
  const paths = uris.map((u) => u.path).sort();
  const reader = new WorkspaceFileReader(folder.uri);
  const root = folder.uri.path;
  const run = await auditWithCache({
    root,
    tool: `core-group ${version}`,
    paths,
    reader,
    store: storage && storageStore(vscode.Uri.joinPath(storage, `audit-cache-${encodeURIComponent(folder.name)}.json`)),
    onCached: () => void step(),
    summarise: (todo) => summariseFiles(reader, todo, root, { onFile: step, today, log }),
  });
  if (!run) return undefined;
  return { summaries: run.summaries.map((s) => (prefix ? { ...s, path: `${prefix}/${s.path}` } : s)), analysed: run.analysed.length };
}

/** `log`: the "Core Group" output channel, where a check or a file that fails during the audit is recorded. */
export async function runWorkspaceAudit(context: vscode.ExtensionContext, view: AuditReportView, log: Logger, arg: AuditArg = {}): Promise<AuditRun | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(messages.auditUi.noFolder);
    return undefined;
  }
  const today = todayFromClock();
  const period = arg.period !== undefined ? periodFromArg(arg.period) : await pickPeriod(toIso(today));
  if (!period) return undefined;
  const version = String((context.extension.packageJSON as { version?: string }).version ?? '0.0.0');
  const total = (await Promise.all(folders.map((f) => vscode.workspace.findFiles(new vscode.RelativePattern(f, '**/*.md'), EXCLUDE)))).reduce((n, u) => n + u.length, 0);
  const run = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: messages.auditUi.progressTitle, cancellable: true },
    async (progress, token) => {
      let done = 0;
      const step = () => {
        done++;
        progress.report({ message: messages.auditUi.progress(done, total), increment: 100 / Math.max(1, total) });
        return !token.isCancellationRequested;
      };
      const all: FileSummary[] = [];
      let analysed = 0;
      for (const folder of folders) {
        const r = await auditFolder(folder, context.storageUri, version, folders.length > 1 ? folder.name : '', today, step, log);
        if (!r || token.isCancellationRequested) return undefined;
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
  const options = { folder: folders.map((f) => f.name).join(', '), generated: toIso(today), version, period, trend: arg.trend };
  const found = buildReport(run.summaries, options);
  if (found.files.minutes + found.files.drafts + found.files.outsidePeriod + found.files.undated === 0) {
    void vscode.window.showWarningMessage(messages.auditUi.noMinutes);
    return { report: found, analysed: run.analysed };
  }
  const report = view.show(run.summaries, options);
  void vscode.window.setStatusBarMessage(messages.auditUi.fromCache(run.analysed, run.summaries.length), 8000);
  return { report, analysed: run.analysed };
}
