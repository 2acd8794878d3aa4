/**
 * "Learn more about CG010": the check's own section of docs/checks.md, in one editor tab. The
 * diagnostic's code link carries the section's line as a `#L<n>` fragment (which VS Code's opener
 * turns into a selection on the plain file, so no second tab opens for the same file), and the quick
 * fix opens the plain file with the section's heading at the top.
 */
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { checkAnchorLines } from '../core/docs-anchors';

export class CheckDocs {
  private lines: Map<string, number> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get uri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'docs', 'checks.md');
  }

  /** 0-based line of the check's section, when the docs can be read. */
  lineOf(code: string): number | undefined {
    if (!this.lines) {
      try {
        // The extension's own file, on the extension host's disk: read once.
        this.lines = checkAnchorLines(readFileSync(this.uri.fsPath, 'utf8'));
      } catch {
        this.lines = new Map(); // docs not shipped (a trimmed build): links fall back to the anchor name
      }
    }
    return this.lines.get(code.toUpperCase());
  }

  /** The link a diagnostic's code carries. */
  target(code: string): vscode.Uri {
    const line = this.lineOf(code);
    return this.uri.with({ fragment: line === undefined ? code.toLowerCase() : `L${line + 1}` });
  }

  /** Opens the section, its heading at the top of the editor. */
  async open(code: string): Promise<vscode.TextEditor> {
    const line = this.lineOf(code) ?? 0;
    const at = new vscode.Range(line, 0, line, 0);
    const editor = await vscode.window.showTextDocument(this.uri, { selection: at, preview: true });
    editor.revealRange(at, vscode.TextEditorRevealType.AtTop);
    return editor;
  }
}
