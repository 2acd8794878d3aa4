/**
 * The core's FileReader over vscode.workspace.fs, preferring the text of open documents (unsaved
 * edits count). Works for every file system scheme, so virtual workspaces are supported.
 */
import * as vscode from 'vscode';
import type { FileReader } from '../core/types';

const decoder = new TextDecoder('utf-8');

export class WorkspaceFileReader implements FileReader {
  /** `base` fixes the scheme and authority; the core speaks in paths. */
  constructor(private readonly base: vscode.Uri) {}

  toUri(path: string): vscode.Uri {
    return this.base.with({ path, query: '', fragment: '' });
  }

  async readText(path: string): Promise<string | undefined> {
    const uri = this.toUri(path);
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) return open.getText();
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      // Missing or unreadable: undefined, as FileReader says; the analysis reports a broken link itself.
      return undefined;
    }
  }

  async listFiles(folder: string): Promise<string[] | undefined> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(this.toUri(folder));
      return entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name);
    } catch {
      // A folder that cannot be listed has no earlier minutes to find: undefined, as FileReader says.
      return undefined;
    }
  }
}
