/** Shared helpers of the host suites: the extension's API, waiting on events with a deadline. */
import * as vscode from 'vscode';
import type { CoreGroupApi } from '../../src/extension';

export const EXTENSION_ID = 'core-group-minutes.core-group-minutes';

export async function api(): Promise<CoreGroupApi> {
  const ext = vscode.extensions.getExtension<CoreGroupApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

/** The findings of the host workspace's current minutes (child-a, 1 October 2026), by code, sorted. */
export const SAMPLE_MINUTES = ['child-a', '2026-10-01-core-group.md'] as const;
export const SAMPLE_FINDINGS: readonly string[] = ['CG001', 'CG010', 'CG010', 'CG031', 'CG040', 'CG041', 'CG060'];

export function workspaceUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ...parts);
}

/**
 * Resolves with the first truthy value of `probe`, checked now, on every event of `events`, and on a
 * short poll as a safety net; rejects at the deadline with `what` in the message. Never a fixed sleep.
 */
export function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, events: vscode.Event<unknown>[] = [], timeoutMs = 20_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    let done = false;
    const finish = (err: Error | undefined, value?: T) => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      clearInterval(poll);
      for (const s of subs) s.dispose();
      if (err) reject(err);
      else resolve(value as T);
    };
    const check = async () => {
      try {
        const v = await probe();
        if (v) finish(undefined, v);
      } catch (e) {
        finish(e as Error);
      }
    };
    const deadline = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    const poll = setInterval(() => void check(), 250);
    for (const e of events) subs.push(e(() => void check()));
    void check();
  });
}

export function coreDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'core-group');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Waits until the document's core-group diagnostics satisfy `pred`. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, pred: (ds: vscode.Diagnostic[]) => boolean, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const ds = coreDiagnostics(uri);
    return pred(ds) ? ds : undefined;
  }, [vscode.languages.onDidChangeDiagnostics], timeoutMs);
}

export async function openMinutes(...parts: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...parts));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Closes every editor without saving, then restores a file's text on disk (tests change files). */
export async function restore(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export function linesOf(text: string): string[] {
  return text.split(/\r?\n/);
}

/** True when every line of `original` appears in `updated`, in order (nothing deleted or rewritten). */
export function keepsEveryLine(original: string, updated: string): boolean {
  const a = linesOf(original);
  const b = linesOf(updated);
  let j = 0;
  for (const line of a) {
    while (j < b.length && b[j] !== line) j++;
    if (j === b.length) return false;
    j++;
  }
  return true;
}
