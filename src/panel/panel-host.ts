/**
 * What the plan progress view needs from the rest of the extension: analyses of documents as they
 * change, and a few answers about a document. The editor layer provides it (src/editor/panel-host.ts);
 * the panel knows nothing of diagnostics or settings.
 */
import type * as vscode from 'vscode';
import type { Analysis } from '../core/analyse';

export interface PanelHost {
  /** Fires after each analysis of an open document. */
  readonly onDidAnalyse: vscode.Event<{ document: vscode.TextDocument; analysis: Analysis }>;
  /** The analysis of the document's current version, if there is one. */
  analysisOf(uri: vscode.Uri): Analysis | undefined;
  /** The version of the document its latest analysis was for. */
  analysedVersionOf(uri: vscode.Uri): number | undefined;
  /** Analyses the document now. */
  checkNow(doc: vscode.TextDocument): Promise<Analysis | undefined>;
  /** Whether the document may be analysed now, between saves (false for one too large to check as you type). */
  checksLive(doc: vscode.TextDocument): boolean;
  /** A cheap test before any parse: Markdown that may be core group minutes. */
  mayBeMinutes(doc: vscode.TextDocument): boolean;
  /** Records a failure (what failed and the error's kind, never document text). */
  failed(what: string, e: unknown): void;
  /** The URI of a path the core speaks of, on the file system of `base`. */
  toUri(base: vscode.Uri, path: string): vscode.Uri;
}
