/**
 * Live diagnostics: each open minutes document has its own debounce timer; a result computed for an
 * older version is dropped; documents are re-checked when a file they depend on (earlier minutes,
 * the plan, .coregroup.json) changes on disk or in another editor. Closing a file clears them.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyse';
import { dirname } from '../core/paths';
import type { EditorLog } from './log';
import type { MinutesService } from './minutes-service';
import { ui } from './messages';
import { readSettings } from './settings';
import { toDiagnostic } from './to-vscode';
import type { CheckDocs } from './check-docs';

/**
 * Above this many characters (some fifty times the longest real minutes) a document is checked when
 * opened or saved by hand, not as you type nor on an auto-save: the analysis runs in the extension
 * host, and on a document this size takes from a second to many (a 5 MB file of small tables: 17 s).
 */
export const LIVE_LIMIT_CHARS = 1_000_000;

function lengthOf(doc: vscode.TextDocument): number {
  return doc.offsetAt(new vscode.Position(doc.lineCount, 0));
}

export function tooLargeToCheckLive(doc: vscode.TextDocument): boolean {
  return lengthOf(doc) > LIVE_LIMIT_CHARS;
}

class DocumentState {
  timer: ReturnType<typeof setTimeout> | undefined;
  analysis: Analysis | undefined;
  analysedVersion = -1;
  /** Paths whose change should re-check this document (folders for series discovery). */
  deps = new Set<string>();

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('core-group');
  private readonly states = new Map<string, DocumentState>();
  /** Why each document is being saved, from the will-save event: only a save by hand re-checks a very large one. */
  private readonly saveReasons = new Map<string, vscode.TextDocumentSaveReason>();
  private readonly analysed = new vscode.EventEmitter<{ document: vscode.TextDocument; analysis: Analysis }>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.analysed];
  /** Fires after each analysis that reached the Problems view: the panel and the tests listen. */
  readonly onDidAnalyse = this.analysed.event;

  constructor(
    private readonly service: MinutesService,
    private readonly docs: CheckDocs,
    private readonly log?: EditorLog,
  ) {
    const ws = vscode.workspace;
    this.disposables.push(
      ws.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      ws.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        this.service.changed(e.document.uri);
        if (readSettings(e.document.uri).run === 'onType' && !tooLargeToCheckLive(e.document)) this.schedule(e.document);
        this.dependencyChanged(e.document.uri);
      }),
      ws.onWillSaveTextDocument((e) => void this.saveReasons.set(e.document.uri.toString(), e.reason)),
      ws.onDidSaveTextDocument((d) => {
        const byHand = this.saveReasons.get(d.uri.toString()) === vscode.TextDocumentSaveReason.Manual;
        this.saveReasons.delete(d.uri.toString());
        if (readSettings(d.uri).run === 'onSave' || (byHand && tooLargeToCheckLive(d))) this.schedule(d, 0);
      }),
      ws.onDidCloseTextDocument((d) => {
        // Closed unsaved: what is on disk counts again for the minutes that read it.
        this.service.changed(d.uri);
        if (d.isDirty) this.dependencyChanged(d.uri);
        this.clear(d.uri);
      }),
      // VS Code may keep a document open for a while after its last editor closes: a closed tab clears too.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        if (e.closed.length > 0) this.clearUntabbed();
      }),
      ws.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('coreGroup')) this.recheckAll();
      }),
    );
    const watcher = ws.createFileSystemWatcher('**/{*.md,.coregroup.json}');
    this.disposables.push(
      watcher,
      watcher.onDidChange((u) => {
        this.service.changed(u);
        this.dependencyChanged(u);
      }),
      watcher.onDidCreate((u) => {
        this.service.changed(u, true);
        this.dependencyChanged(u);
      }),
      watcher.onDidDelete((u) => {
        this.service.changed(u, true);
        this.dependencyChanged(u);
      }),
    );
    for (const d of ws.textDocuments) this.schedule(d, 0);
  }

  analysisOf(uri: vscode.Uri): Analysis | undefined {
    const state = this.states.get(uri.toString());
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return state && doc && state.analysedVersion === doc.version ? state.analysis : undefined;
  }

  analysedVersionOf(uri: vscode.Uri): number | undefined {
    return this.states.get(uri.toString())?.analysedVersion;
  }

  /** Analyses now (no debounce) and returns the analysis; used by commands. */
  async checkNow(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    this.stateOf(doc.uri).cancel();
    return this.run(doc);
  }

  schedule(doc: vscode.TextDocument, delay = readSettings(doc.uri).debounceMs): void {
    if (!this.service.mayBeMinutes(doc)) {
      if (this.states.has(doc.uri.toString())) this.clear(doc.uri);
      return;
    }
    const state = this.stateOf(doc.uri);
    state.cancel();
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.run(doc);
    }, delay);
  }

  private stateOf(uri: vscode.Uri): DocumentState {
    const key = uri.toString();
    let s = this.states.get(key);
    if (!s) this.states.set(key, (s = new DocumentState()));
    return s;
  }

  private async run(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    if (doc.isClosed) return undefined;
    const version = doc.version;
    let analysis: Analysis;
    try {
      analysis = await this.service.analyse(doc);
    } catch (e) {
      // The core reports bad input as findings; anything else is a bug we must not surface as a crash.
      this.log?.failed('Checking a document failed', e);
      return undefined;
    }
    // A newer version (or a close) arrived while this one was analysed: its result is stale.
    if (doc.isClosed || doc.version !== version) return undefined;
    const state = this.stateOf(doc.uri);
    state.analysis = analysis;
    state.analysedVersion = version;
    state.deps = dependenciesOf(analysis);
    const toUri = (p: string) => this.service.toUri(doc.uri, p);
    // A link to a file outside the workspace folder is not checked: its CG003 finding says so.
    const shown = analysis.isMinutes || analysis.refused === 'outside';
    const diagnostics = shown ? analysis.findings.map((f) => toDiagnostic(f, (code) => this.docs.target(code), toUri)) : [];
    if (analysis.isMinutes && tooLargeToCheckLive(doc)) diagnostics.push(largeDocumentNotice(doc));
    this.collection.set(doc.uri, diagnostics);
    this.analysed.fire({ document: doc, analysis });
    return analysis;
  }

  private dependencyChanged(uri: vscode.Uri): void {
    const path = uri.path;
    if (path.endsWith('/.coregroup.json')) return this.recheckAll();
    const folder = dirname(path);
    for (const d of vscode.workspace.textDocuments) {
      if (d.uri.toString() === uri.toString()) continue;
      const state = this.states.get(d.uri.toString());
      if (state && (state.deps.has(path) || state.deps.has(folder + '/'))) this.schedule(d);
    }
  }

  private clearUntabbed(): void {
    const shown = new Set<string>();
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        const input = tab.input;
        if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputTextDiff) {
          shown.add((input instanceof vscode.TabInputText ? input.uri : input.modified).toString());
        }
      }
    }
    for (const key of [...this.states.keys()]) if (!shown.has(key)) this.clear(vscode.Uri.parse(key));
  }

  private recheckAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.states.get(key)?.cancel();
    this.states.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const s of this.states.values()) s.cancel();
    this.states.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** Says on line 1, among the findings, why a very large document is not checked as you type. */
function largeDocumentNotice(doc: vscode.TextDocument): vscode.Diagnostic {
  const megabytes = (lengthOf(doc) / 1_000_000).toFixed(1);
  const d = new vscode.Diagnostic(doc.lineAt(0).range, ui.tooLargeToCheckAsYouType(megabytes), vscode.DiagnosticSeverity.Information);
  d.source = 'core-group';
  return d;
}

/** Every file the analysis depended on, and every folder it searched (as "folder/"), from the core's own record. */
function dependenciesOf(a: Analysis): Set<string> {
  const deps = new Set<string>(a.dependencies.files);
  for (const f of a.dependencies.folders) deps.add(f + '/');
  // A link may name a file not there yet: a file appearing in the same folder re-checks too.
  if (a.isMinutes) deps.add(dirname(a.path) + '/');
  return deps;
}
