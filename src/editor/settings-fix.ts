/**
 * A learning quick fix's WorkspaceEdit (real-minutes.md, principle 10): the team's `.coregroup.json`
 * gains a heading or column name, created when there is none. The text comes from the core
 * (applySettingsEdit); this only turns it into an edit of the open document or the file on disk.
 */
import * as vscode from 'vscode';
import { applySettingsEdit, SettingsEdit } from '../core/settings-edit';

const decoder = new TextDecoder('utf-8');

export async function settingsWorkspaceEdit(uri: vscode.Uri, s: SettingsEdit): Promise<vscode.WorkspaceEdit | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  let text = open?.getText();
  let exists = open !== undefined;
  if (text === undefined) {
    try {
      text = decoder.decode(await vscode.workspace.fs.readFile(uri));
      exists = true;
    } catch {
      // No settings file yet (or none readable): a new one is created, never one written over.
      text = undefined;
    }
  }
  if (s.exists && !exists) return undefined; // the file in force went away: the next check offers the fix again
  const next = applySettingsEdit(text, s);
  if (next === undefined || next === text) return undefined;
  const edit = new vscode.WorkspaceEdit();
  if (!exists) {
    edit.createFile(uri, { contents: new TextEncoder().encode(next), ignoreIfExists: true });
    return edit;
  }
  const doc = open ?? (await vscode.workspace.openTextDocument(uri));
  edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), next);
  return edit;
}
