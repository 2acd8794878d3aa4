/**
 * One place that answers "is this document minutes, and what does the core say about it?" for the
 * editor: an Analyser per file system (scheme + authority), the workspace folder as root, settings
 * applied.
 */
import * as vscode from 'vscode';
import { Analyser, Analysis } from '../core/analyse';
import type { Logger } from '../core/log';
import { dirname } from '../core/paths';
import { declaredType } from '../core/parse/document';
import { WorkspaceFileReader } from './file-reader';
import { readSettings } from './settings';

export class MinutesService {
  private readonly analysers = new Map<string, { analyser: Analyser; reader: WorkspaceFileReader }>();

  /** `log` records checks that fail (never the minutes' text). */
  constructor(private readonly log?: Logger) {}

  private forUri(uri: vscode.Uri) {
    const key = `${uri.scheme}://${uri.authority}`;
    let entry = this.analysers.get(key);
    if (!entry) {
      const reader = new WorkspaceFileReader(uri);
      entry = { analyser: new Analyser(reader, { log: this.log }), reader };
      this.analysers.set(key, entry);
    }
    return entry;
  }

  analyserFor(uri: vscode.Uri): Analyser {
    return this.forUri(uri).analyser;
  }

  /** The reader of the file system `uri` is on (open documents' text first). */
  readerFor(uri: vscode.Uri): WorkspaceFileReader {
    return this.forUri(uri).reader;
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
    return declaredType(head) === 'core-group-minutes' || this.matchesGlobs(doc);
  }

  async analyse(doc: vscode.TextDocument, text = doc.getText()): Promise<Analysis> {
    const analyser = this.analyserFor(doc.uri);
    // A file outside every workspace folder: no watcher sees its folder, so the index reads it afresh.
    if (!vscode.workspace.getWorkspaceFolder(doc.uri)) analyser.workspace.listingChanged(dirname(doc.uri.path), true);
    const settingsChecks = readSettings(doc.uri).checks;
    return analyser.analyse({ path: doc.uri.path, text, root: this.rootOf(doc.uri), force: this.matchesGlobs(doc), settingsChecks });
  }

  /**
   * A file changed (typed in, saved, changed, created or deleted on disk; `listing`: created or
   * deleted): the folder index that finds earlier minutes reads it afresh next time.
   */
  changed(uri: vscode.Uri, listing = false): void {
    const ws = this.analysers.get(`${uri.scheme}://${uri.authority}`)?.analyser.workspace;
    ws?.changed(uri.path);
    if (listing) ws?.listingChanged(dirname(uri.path));
  }
}
