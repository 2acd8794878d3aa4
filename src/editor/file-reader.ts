/**
 * The core's FileReader over vscode.workspace.fs, preferring the text of open documents (unsaved
 * edits count). Works for every file system scheme, so virtual workspaces are supported.
 *
 * Symbolic links: the core refuses any file whose real location is outside the workspace folder,
 * and asks `realPath` where a path really leads. For `file:` URIs the extension host runs on Node,
 * so Node's fs.realpath answers, every link on the way resolved. Other schemes (virtual file
 * systems) have no way to ask where a link leads: a path that their provider reports as a symbolic
 * link is treated as unreadable (never read), and any other path is taken as it is.
 */
import { promises as nodeFs } from 'node:fs';
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

  /** Whether anything is at the path itself, a broken symbolic link included (which `realPath` cannot resolve). */
  async isThere(path: string): Promise<boolean> {
    const uri = this.toUri(path);
    try {
      if (uri.scheme === 'file') await nodeFs.lstat(uri.fsPath);
      else await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      // Not there (or, on a virtual file system, not reachable): the caller may create it.
      return false;
    }
  }

  async realPath(path: string): Promise<string | undefined> {
    const uri = this.toUri(path);
    try {
      if (uri.scheme === 'file') return vscode.Uri.file(await nodeFs.realpath(uri.fsPath)).path;
      const st = await vscode.workspace.fs.stat(uri);
      return (st.type & vscode.FileType.SymbolicLink) !== 0 ? undefined : path;
    } catch {
      return undefined;
    }
  }
}
