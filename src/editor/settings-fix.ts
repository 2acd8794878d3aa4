/**
 * A learning quick fix (real-minutes.md, principle 10) runs the command `coreGroup.learnName`: the
 * team's `.coregroup.json` gains a heading or column name, created when there is none. The text
 * comes from the core (applySettingsEdit: it only adds to a list, keeping comments and the rest);
 * this writes it: into the open document when the file is open with unsaved changes (then saved),
 * else to the file. The watcher on .coregroup.json then re-checks every open minutes. Nothing is
 * written to a file of another name, or through a symbolic link that leads outside the workspace
 * folder or nowhere (./write-target.ts).
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../core/config';
import { basename } from '../core/paths';
import { applySettingsEdit, SettingsEdit } from '../core/settings-edit';
import { ui } from './messages';
import type { MinutesService } from './minutes-service';
import { mayWriteAt } from './write-target';

export const LEARN_COMMAND = 'coreGroup.learnName';

const decoder = new TextDecoder('utf-8');

async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    // No settings file yet: one is created (never written over: applySettingsEdit starts from "{}").
    return undefined;
  }
}

/** Writes the edit; returns whether the settings changed. */
export async function learnName(service: MinutesService, minutes: vscode.Uri, s: SettingsEdit): Promise<boolean> {
  const uri = service.toUri(minutes, s.path);
  // Only a settings file, and never through a link out of the workspace folder (or a broken one).
  if (basename(s.path) !== CONFIG_FILE_NAME || !(await mayWriteAt(service, minutes, s.path))) {
    void vscode.window.showErrorMessage(ui.settingsOutside(basename(s.path)));
    return false;
  }
  const text = await currentText(uri);
  const next = applySettingsEdit(text, s);
  if (next === undefined) {
    void vscode.window.showErrorMessage(ui.settingsUnreadable(basename(s.path)));
    return false;
  }
  if (next === text) return false;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), next);
    await vscode.workspace.applyEdit(edit);
    await open.save();
  } else {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(next));
  }
  void vscode.window.showInformationMessage(ui.learned(s.value, basename(s.path)));
  return true;
}

export function registerLearnCommand(service: MinutesService): vscode.Disposable {
  return vscode.commands.registerCommand(LEARN_COMMAND, (minutes: vscode.Uri, s: SettingsEdit) => learnName(service, minutes, s));
}
