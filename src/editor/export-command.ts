/**
 * "Core Group: Export minutes for sharing" and "Core Group: Record that the minutes were shared".
 * Export asks the format and the audience, writes the copy beside the minutes (never over a file
 * that is not an export of ours: it picks the next free name instead) and offers to record the
 * sharing. Recording asks whom and how and inserts the record into the distribution section as
 * an insert-only WorkspaceEdit (undoable, like a quick fix). The work is the core's
 * (src/core/export/); this file only asks and writes. Options passed to the commands stand in for
 * the questions (the host tests use them).
 */
import * as vscode from 'vscode';
import type { MinutesAnalysis } from '../core/analyse';
import { todayFromClock } from '../core/dates';
import { Audience, currentStamp, exportFileName, exportMinutes, ExportFormat, isOwnExport } from '../core/export';
import { recordSharingEdit } from '../core/export/share';
import { dirname, join } from '../core/paths';
import { exportUi as ui } from './messages';
import type { MinutesService } from './minutes-service';
import { insertsToEdit } from './to-vscode';
import { mayWriteAt } from './write-target';

export interface SharingAnswers {
  withWhom: string[];
  how: string;
}

export interface ExportCommandOptions {
  format?: ExportFormat;
  audience?: Audience;
  /** Record the sharing straight away with these answers (false: do not offer to). */
  share?: SharingAnswers | false;
}

export interface ExportOutcome {
  uri: vscode.Uri;
  stamp: string;
  recorded: boolean;
}

async function minutesAt(service: MinutesService, uri?: vscode.Uri): Promise<{ doc: vscode.TextDocument; analysis: MinutesAnalysis } | undefined> {
  const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  const analysis = doc && service.mayBeMinutes(doc) ? await service.analyse(doc) : undefined;
  if (!doc || !analysis?.isMinutes) {
    void vscode.window.showWarningMessage(ui.noMinutes);
    return undefined;
  }
  return { doc, analysis };
}

async function existing(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined; // no such file: free to write
  }
}

/** The first name beside the minutes that is free or holds an export of ours (never a file of anyone else's, never a link out of the workspace). */
async function targetFor(service: MinutesService, doc: vscode.TextDocument, format: ExportFormat, audience: Audience): Promise<vscode.Uri | undefined> {
  for (let n = 1; n <= 50; n++) {
    const path = join(dirname(doc.uri.path), exportFileName(doc.uri.path, format, audience, n));
    // A symbolic link there (leading out of the workspace folder, or nowhere) is never written through.
    if (!(await mayWriteAt(service, doc.uri, path))) continue;
    const uri = service.toUri(doc.uri, path);
    const bytes = await existing(uri);
    if (bytes === undefined || bytes.length === 0 || isOwnExport(bytes, format)) return uri;
  }
  return undefined;
}

async function askFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [{ label: ui.docx, description: ui.docxDetail, value: 'docx' as const }, { label: ui.html, description: ui.htmlDetail, value: 'html' as const }],
    { title: ui.formatTitle, ignoreFocusOut: true },
  );
  return picked?.value;
}

async function askAudience(): Promise<Audience | undefined> {
  const picked = await vscode.window.showQuickPick(
    [{ label: ui.professionals, description: ui.professionalsDetail, value: 'professionals' as const }, { label: ui.family, description: ui.familyDetail, value: 'family' as const }],
    { title: ui.audienceTitle, ignoreFocusOut: true },
  );
  return picked?.value;
}

async function askSharing(analysis: MinutesAnalysis, what?: string): Promise<SharingAnswers | undefined> {
  const other = { label: ui.someoneElse, value: '' };
  const people = analysis.minutes.attendees.filter((a) => a.name.trim() !== '').map((a) => ({ label: a.name, description: a.role, value: a.role ? `${a.name} (${a.role})` : a.name }));
  const picked = await vscode.window.showQuickPick([...people, other], { title: ui.whomTitle, canPickMany: true, ignoreFocusOut: true });
  if (!picked || picked.length === 0) return undefined;
  const withWhom = picked.filter((p) => p !== other).map((p) => p.value);
  if (picked.includes(other)) {
    const typed = await vscode.window.showInputBox({ title: ui.whomTitle, prompt: ui.othersPrompt, ignoreFocusOut: true });
    if (typed === undefined) return undefined;
    withWhom.push(...typed.split(/[,;]/).map((s) => s.trim()).filter(Boolean));
  }
  if (withWhom.length === 0) return undefined;
  const methods = ui.methods.map((label) => ({ label }));
  const otherMethod = { label: ui.otherMethod };
  const method = await vscode.window.showQuickPick([...methods, otherMethod], { title: ui.howTitle, ignoreFocusOut: true });
  if (!method) return undefined;
  const how = method === otherMethod ? await vscode.window.showInputBox({ title: ui.howTitle, prompt: ui.howPrompt, ignoreFocusOut: true }) : method.label;
  if (!how) return undefined;
  return { withWhom, how: what ? `${how}; ${what}` : how };
}

/** Inserts the sharing record into the distribution section; true when it was applied. */
async function record(service: MinutesService, doc: vscode.TextDocument, answers: SharingAnswers, stamp: string): Promise<boolean> {
  // Read again: the minutes may have been edited while the questions were open.
  const analysis = await service.analyse(doc);
  if (!analysis.isMinutes) return false;
  const edit = recordSharingEdit(analysis, { ...answers, date: todayFromClock(), stamp });
  const applied = await vscode.workspace.applyEdit(insertsToEdit(doc.uri, doc, [edit]));
  if (applied) void vscode.window.showInformationMessage(ui.recorded(stamp));
  return applied;
}

export function registerExportCommands(service: MinutesService, version: string): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('coreGroup.exportMinutes', async (uri?: vscode.Uri, opts: ExportCommandOptions = {}): Promise<ExportOutcome | undefined> => {
      const found = await minutesAt(service, uri);
      if (!found) return undefined;
      const format = opts.format ?? (await askFormat());
      const audience = format && (opts.audience ?? (await askAudience()));
      if (!format || !audience) return undefined;
      const target = await targetFor(service, found.doc, format, audience);
      if (!target) return void vscode.window.showErrorMessage(ui.noFreeName);
      const result = await exportMinutes(found.analysis, { format, audience, version });
      await vscode.workspace.fs.writeFile(target, result.bytes);
      const name = target.path.slice(target.path.lastIndexOf('/') + 1);
      const what = ui.what(format, audience, name);
      if (opts.share) return { uri: target, stamp: result.stamp, recorded: await record(service, found.doc, opts.share, result.stamp) };
      if (opts.share === false) return { uri: target, stamp: result.stamp, recorded: false };
      void vscode.window.showInformationMessage(ui.exported(name), ui.recordButton, ui.openFolder).then(async (choice) => {
        if (choice === ui.openFolder) await vscode.commands.executeCommand('revealFileInOS', target);
        if (choice !== ui.recordButton) return;
        const answers = await askSharing(found.analysis, what);
        if (answers) await record(service, found.doc, answers, result.stamp);
      });
      return { uri: target, stamp: result.stamp, recorded: false };
    }),
    vscode.commands.registerCommand('coreGroup.recordSharing', async (uri?: vscode.Uri, answers?: SharingAnswers): Promise<boolean> => {
      const found = await minutesAt(service, uri);
      if (!found) return false;
      const given = answers ?? (await askSharing(found.analysis));
      if (!given) return false;
      return record(service, found.doc, given, currentStamp(found.analysis));
    }),
  ];
}
