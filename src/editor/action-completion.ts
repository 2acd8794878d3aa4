/**
 * `cg-action` in core group minutes: a new row of the revised plan whose ID is the next free one in
 * the child's series (A5 after A4), computed from the analysis, which a static snippet cannot do.
 */
import * as vscode from 'vscode';
import { actionRowSnippet, nextActionId } from '../core/new-minutes';
import { tooLargeToCheckLive, type DiagnosticsController } from './diagnostics';
import { ui } from './messages';
import type { MinutesService } from './minutes-service';

export const ACTION_PREFIX = 'cg-action';

export class ActionCompletion implements vscode.CompletionItemProvider {
  constructor(
    private readonly service: MinutesService,
    private readonly diagnostics: DiagnosticsController,
  ) {}

  async provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    if (!this.service.mayBeMinutes(doc)) return [];
    // Only where a word that "cg-action" starts with is being typed (or nothing yet).
    const range = doc.getWordRangeAtPosition(position, /[\w-]+/);
    const typed = range ? doc.getText(range.with({ end: position })) : '';
    if (!ACTION_PREFIX.startsWith(typed.toLowerCase())) return [];
    const analysis = this.diagnostics.analysisOf(doc.uri) ?? (tooLargeToCheckLive(doc) ? undefined : await this.diagnostics.checkNow(doc));
    if (!analysis?.isMinutes) return [];
    const id = nextActionId(analysis);
    const item = new vscode.CompletionItem({ label: ACTION_PREFIX, description: ui.actionCompletion(id) }, vscode.CompletionItemKind.Snippet);
    item.insertText = new vscode.SnippetString(actionRowSnippet(id));
    item.detail = ui.actionCompletion(id);
    item.documentation = ui.actionCompletionHelp;
    item.filterText = ACTION_PREFIX;
    if (range) item.range = range;
    return [item];
  }
}
