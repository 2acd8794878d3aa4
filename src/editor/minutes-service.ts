/**
 * One place that answers "is this document minutes, and what does the core say about it?" for the
 * editor: an Analyser per file system (scheme + authority), the workspace folder as root, settings
 * applied.
 */
import * as vscode from 'vscode';
import { Analyser, Analysis } from '../core/analyse';
import { dirname } from '../core/paths';
import { WorkspaceFileReader } from './file-reader';
import { readSettings } from './settings';

export class MinutesService {
  private readonly analysers = new Map<string, { analyser: Analyser; reader: WorkspaceFileReader }>();

  private forUri(uri: vscode.Uri) {
    const key = `${uri.scheme}://${uri.authority}`;
    let entry = this.analysers.get(key);
    if (!entry) {
      const reader = new WorkspaceFileReader(uri);
      entry = { analyser: new Analyser(reader), reader };
      this.analysers.set(key, entry);
    }
    return entry;
  }

  analyserFor(uri: vscode.Uri): Analyser {
    return this.forUri(uri).analyser;
  }

  toUri(base: vscode.Uri, path: string): vscode.Uri {
    return this.forUri(base).reader.toUri(path);
  }

  rootOf(uri: vscode.Uri): string {
    return vscode.workspace.getWorkspaceFolder(uri)?.uri.path ?? dirname(uri.path);
  }

  /** Whether the user's `coreGroup.files` globs name this document (so it is minutes without front matter). */
  matchesGlobs(doc: vscode.TextDocument): boolean {
    const globs = readSettings(doc.uri).files;
    return globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
  }

  /** A cheap test before any parse: Markdown with the type line, or named by the globs. */
  mayBeMinutes(doc: vscode.TextDocument): boolean {
    if (doc.languageId !== 'markdown') return false;
    const head = doc.getText(new vscode.Range(0, 0, 60, 0));
    return /^type:\s*["']?core-group-minutes/m.test(head) || this.matchesGlobs(doc);
  }

  async analyse(doc: vscode.TextDocument, text = doc.getText()): Promise<Analysis> {
    // The levels of this document's folder go with its request: documents are checked together.
    const settingsChecks = readSettings(doc.uri).checks;
    return this.analyserFor(doc.uri).analyse({ path: doc.uri.path, text, root: this.rootOf(doc.uri), force: this.matchesGlobs(doc), settingsChecks });
  }
}
