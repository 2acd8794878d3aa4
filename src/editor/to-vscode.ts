/** Converting the core's plain data (ranges, findings, inserts) into VS Code's types. */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyse';
import type { Finding, Range, Severity } from '../core/types';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** `docsTarget(code)`: where the code's link leads (its section of docs/checks.md, see ./check-docs.ts). */
export function toDiagnostic(f: Finding, docsTarget: (code: string) => vscode.Uri, toUri: (path: string) => vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, SEVERITY[f.severity]);
  d.source = 'core-group';
  d.code = { value: f.code, target: docsTarget(f.code) };
  if (f.related.length > 0) {
    d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(toUri(r.path), toRange(r.range)), r.message));
  }
  return d;
}

/** The finding behind a diagnostic: same code, range and message (nothing is bolted onto the diagnostic). */
export function findingFor(analysis: Analysis | undefined, d: vscode.Diagnostic): Finding | undefined {
  if (!analysis || d.source !== 'core-group') return undefined;
  const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
  return analysis.findings.find((f) => f.code === code && f.message === d.message && toRange(f.range).isEqual(d.range));
}

export function insertsToEdit(uri: vscode.Uri, doc: vscode.TextDocument, inserts: { offset: number; text: string }[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const i of inserts) edit.insert(uri, doc.positionAt(i.offset), i.text);
  return edit;
}
