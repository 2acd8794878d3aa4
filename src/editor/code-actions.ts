/**
 * Quick fixes for findings (insert-only WorkspaceEdits), "all" variants, "Learn more", and
 * source.fixAll.coreGroup so fix-on-save works.
 */
import * as vscode from 'vscode';
import { addAllSectionsTitle } from '../core/checks/cg001-missing-section';
import { fixAll } from '../core/fix-all';
import type { Finding } from '../core/types';
import { tooLargeToCheckLive, type DiagnosticsController } from './diagnostics';
import { ui } from './messages';
import type { MinutesService } from './minutes-service';
import { LEARN_COMMAND } from './settings-fix';
import { findingFor, insertsToEdit } from './to-vscode';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('coreGroup');

export class MinutesCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly service: MinutesService,
    private readonly diagnostics: DiagnosticsController,
  ) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (!this.service.mayBeMinutes(doc)) return [];
    if (context.only) {
      // "source", "source.fixAll" and "source.fixAll.coreGroup" (fix on save) ask for the fix-all action.
      if (context.only.contains(FIX_ALL_KIND)) return this.fixAllActions(doc);
      if (!context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    }
    // Use the analysis of this exact version; compute it when the debounce has not run yet (not for
    // a very large document between saves: no quick fixes until it is checked again).
    const analysis = this.diagnostics.analysisOf(doc.uri) ?? (tooLargeToCheckLive(doc) ? undefined : await this.diagnostics.checkNow(doc));
    const actions: vscode.CodeAction[] = [];
    const seenTitles = new Set<string>();
    for (const d of context.diagnostics) {
      const finding = findingFor(analysis, d);
      if (!finding) continue;
      for (const fix of finding.fixes) {
        if (seenTitles.has(fix.title)) continue; // the "for all" fix repeats on each finding
        seenTitles.add(fix.title);
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        // Learning a team's word writes to .coregroup.json, not to the minutes: a command does it.
        if (fix.settings) action.command = { title: fix.title, command: LEARN_COMMAND, arguments: [doc.uri, fix.settings] };
        else action.edit = insertsToEdit(doc.uri, doc, fix.edits);
        action.diagnostics = [d];
        action.isPreferred = fix.isPreferred === true;
        actions.push(action);
      }
      if (finding.code === 'CG001' && analysis && analysis.findings.filter((f) => f.code === 'CG001').length > 1 && !seenTitles.has('all-sections')) {
        seenTitles.add('all-sections');
        actions.push(this.commandAction(addAllSectionsTitle(analysis.findings.filter((f) => f.code === 'CG001').length), 'coreGroup.insertMissingSections', doc));
      }
      if (!seenTitles.has(`learn-${finding.code}`)) {
        seenTitles.add(`learn-${finding.code}`);
        actions.push(this.learnMore(finding, d));
      }
    }
    return actions;
  }

  private commandAction(title: string, command: string, doc: vscode.TextDocument): vscode.CodeAction {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.command = { title, command, arguments: [doc.uri] };
    return action;
  }

  private learnMore(f: Finding, d: vscode.Diagnostic): vscode.CodeAction {
    const title = ui.learnMore(f.code);
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    // One tab at the check's own section (./check-docs.ts), not the file's top.
    action.command = { title, command: 'coreGroup.learnMore', arguments: [f.code] };
    action.diagnostics = [d];
    return action;
  }

  private async fixAllActions(doc: vscode.TextDocument): Promise<vscode.CodeAction[]> {
    const edit = await fixAllEdit(this.service, doc, () => true);
    if (!edit) return [];
    const action = new vscode.CodeAction(ui.fixAll, FIX_ALL_KIND);
    action.edit = edit;
    return [action];
  }
}

/** One insert-only edit applying the preferred fix of every finding `accept` lets through. */
export async function fixAllEdit(service: MinutesService, doc: vscode.TextDocument, accept: (f: Finding) => boolean): Promise<vscode.WorkspaceEdit | undefined> {
  const analysis = await service.analyse(doc);
  if (!analysis.isMinutes) return undefined;
  const result = await fixAll(service.analyserFor(doc.uri), { path: doc.uri.path, text: doc.getText(), root: service.rootOf(doc.uri), force: service.matchesGlobs(doc) }, accept);
  return result.edits.length ? insertsToEdit(doc.uri, doc, result.edits) : undefined;
}
