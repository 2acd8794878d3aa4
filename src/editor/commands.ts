/** The "Core Group" commands: new minutes, check, insert missing sections, carry forward actions, update the CP plan, show plan progress. */
import * as vscode from 'vscode';
import { dimensionWords } from '../core/messages/panel';
import { newMinutesFrom } from '../core/new-minutes';
import { dirname, join } from '../core/paths';
import type { CheckDocs } from './check-docs';
import type { DiagnosticsController } from './diagnostics';
import { fixAllEdit } from './code-actions';
import { ui } from './messages';
import type { MinutesService } from './minutes-service';
import { updatePlan } from './plan-command';

export interface CommandDeps {
  service: MinutesService;
  diagnostics: DiagnosticsController;
  docs: CheckDocs;
}

async function minutesDocument(service: MinutesService, uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (doc && service.mayBeMinutes(doc)) return doc;
  return undefined;
}

/** With no minutes open: the newest minutes in a folder the user picks. */
async function pickLatestInFolder(service: MinutesService): Promise<vscode.TextDocument | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: ui.pickFolder, defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri });
  const folder = picked?.[0];
  if (!folder) return undefined;
  let best: { doc: vscode.TextDocument; date: number } | undefined;
  for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
    if (type !== vscode.FileType.File || !name.toLowerCase().endsWith('.md')) continue;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, name));
    const a = await service.analyse(doc);
    const date = a.isMinutes ? a.minutes.meta.date : undefined;
    if (date !== undefined && (!best || date > best.date)) best = { doc, date };
  }
  if (!best) void vscode.window.showWarningMessage(ui.noMinutesInFolder);
  return best?.doc;
}

export function registerCommands({ service, diagnostics, docs }: CommandDeps): vscode.Disposable[] {
  const applyFixAll = async (uri: vscode.Uri | undefined, code: string, nothing: string) => {
    const doc = await minutesDocument(service, uri);
    if (!doc) return void vscode.window.showWarningMessage(ui.noMinutes);
    const edit = await fixAllEdit(service, doc, (f) => f.code === code);
    if (!edit) return void vscode.window.showInformationMessage(nothing);
    await vscode.workspace.applyEdit(edit);
  };
  return [
    vscode.commands.registerCommand('coreGroup.newMinutes', async (uri?: vscode.Uri) => {
      const doc = (await minutesDocument(service, uri)) ?? (await pickLatestInFolder(service));
      if (!doc) return undefined;
      const analysis = await service.analyse(doc);
      if (!analysis.isMinutes) return void vscode.window.showWarningMessage(ui.noMinutes);
      const next = newMinutesFrom(analysis);
      const path = join(dirname(doc.uri.path), next.fileName);
      const target = service.toUri(doc.uri, path);
      if (await service.readerFor(doc.uri).isThere(path)) {
        void vscode.window.showErrorMessage(ui.exists(next.fileName));
        return undefined;
      }
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(next.text));
      await vscode.window.showTextDocument(target);
      void vscode.window.showInformationMessage(ui.created(next.fileName));
      return target;
    }),
    vscode.commands.registerCommand('coreGroup.checkMinutes', async (uri?: vscode.Uri) => {
      const doc = await minutesDocument(service, uri);
      if (!doc) return void vscode.window.showWarningMessage(ui.noMinutes);
      const analysis = await diagnostics.checkNow(doc);
      const findings = analysis?.findings ?? [];
      const counts = new Map<string, number>();
      for (const f of findings) counts.set(f.dimension, (counts.get(f.dimension) ?? 0) + 1);
      const byDim = [...counts].map(([d, n]) => ui.countOn(n, dimensionWords(vscode.l10n)[d])).join(', ');
      const summary = ui.checkSummary(findings.length, byDim);
      if (findings.length > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(summary);
      return { total: findings.length, byDimension: Object.fromEntries(counts), summary };
    }),
    vscode.commands.registerCommand('coreGroup.insertMissingSections', (uri?: vscode.Uri) => applyFixAll(uri, 'CG001', ui.nothingToInsert)),
    vscode.commands.registerCommand('coreGroup.carryForwardActions', (uri?: vscode.Uri) => applyFixAll(uri, 'CG010', ui.nothingToCarry)),
    vscode.commands.registerCommand('coreGroup.updatePlan', async (uri?: vscode.Uri) => {
      const doc = await minutesDocument(service, uri);
      if (!doc) return void vscode.window.showWarningMessage(ui.noMinutes);
      return updatePlan(service, doc);
    }),
    vscode.commands.registerCommand('coreGroup.learnMore', (code: unknown) => (typeof code === 'string' && /^CG\d{3}$/i.test(code) ? docs.open(code) : undefined)),
    vscode.commands.registerCommand('coreGroup.showPlanProgress', () => vscode.commands.executeCommand('coreGroup.planProgress.focus')),
  ];
}
