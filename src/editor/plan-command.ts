/**
 * "Core Group: Update the CP plan from these minutes": the core's plan update (src/core/plan/update.ts)
 * written through VS Code. The revision is one insert at the end of the plan (undoable, then saved);
 * a new plan file is written only where there is no file; the minutes' `plan:` link, when they have
 * none, is an insert in the open minutes (undoable, saved by the practitioner).
 */
import * as vscode from 'vscode';
import { todayFromClock } from '../core/dates';
import { planUpdate, type PlanUpdate } from '../core/plan/update';
import { planUpdateText } from '../core/messages/plan';
import { basename } from '../core/paths';
import { ui } from './messages';
import type { MinutesService } from './minutes-service';

export async function updatePlan(service: MinutesService, doc: vscode.TextDocument): Promise<PlanUpdate | undefined> {
  const a = await service.analyse(doc);
  if (!a.isMinutes) {
    void vscode.window.showWarningMessage(ui.noMinutes);
    return undefined;
  }
  const u = await planUpdate(service.readerFor(doc.uri), a, service.rootOf(doc.uri), todayFromClock());
  if (u.kind === 'refused') {
    void vscode.window.showWarningMessage(u.message);
    return u;
  }
  const target = service.toUri(doc.uri, u.planPath);
  const edit = new vscode.WorkspaceEdit();
  let plan: vscode.TextDocument | undefined;
  if (u.kind === 'create') {
    if (await service.readerFor(doc.uri).isThere(u.planPath)) return changed(u, basename(u.planPath));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(u.text));
  } else if (u.kind === 'append') {
    plan = await vscode.workspace.openTextDocument(target);
    if (plan.getText() !== u.oldText) return changed(u, basename(u.planPath));
    edit.insert(target, plan.positionAt(u.insert.offset), u.insert.text);
  }
  if (u.minutesLink) {
    if (doc.getText() !== a.minutes.doc.text) return changed(u, basename(doc.uri.path));
    edit.insert(doc.uri, doc.positionAt(u.minutesLink.edit.offset), u.minutesLink.edit.text);
  }
  if (edit.size > 0 && !(await vscode.workspace.applyEdit(edit))) return changed(u, basename(u.planPath));
  if (plan) await plan.save();
  const shown = await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: false, preserveFocus: true });
  const at = u.kind === 'append' ? shown.document.positionAt(u.insert.offset + u.insert.text.indexOf('## Revision')) : undefined;
  if (at) shown.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
  void vscode.window.showInformationMessage(u.message);
  return u;
}

function changed(u: PlanUpdate, file: string): PlanUpdate {
  const message = planUpdateText.changedMeanwhile(file);
  void vscode.window.showWarningMessage(message);
  return { kind: 'refused', planPath: u.planPath, message };
}
