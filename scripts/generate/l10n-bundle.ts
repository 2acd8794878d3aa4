/**
 * l10n/bundle.l10n.json: every word the editor shows, keyed by its English, as VS Code's
 * localisation expects (a translation is a copy, bundle.l10n.<language>.json, with the values
 * translated). Collected by @vscode/l10n-dev, the tool VS Code extensions use, from the
 * `vscode.l10n.t` calls of the editor's code and the `l10n.t` calls of the core's message modules
 * (src/core/messages/, handed `vscode.l10n` by the editor: src/core/l10n.ts). The tool only reads
 * files that import its API from 'vscode', so each core module is read with that import line put
 * before it; nothing else about the file changes.
 */
import { getL10nJson } from '@vscode/l10n-dev';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BUNDLE = 'l10n/bundle.l10n.json';
/** Code that imports vscode and calls vscode.l10n.t. */
const EDITOR = ['src/extension.ts', 'src/editor', 'src/panel', 'src/preview'];
/** Code handed an L10n (src/core/l10n.ts) and calling l10n.t. */
const CORE = ['src/core/messages'];
const AS_EDITOR_CODE = "import { l10n } from 'vscode';\n";

function tsFiles(root: string, path: string): string[] {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).sort().flatMap((name) => (name.endsWith('.ts') || statSync(join(full, name)).isDirectory() ? tsFiles(root, join(path, name)) : []));
}

/** The files the bundle is collected from, relative to `root`: [path, what the tool reads]. */
export function l10nSources(root: string): [string, string][] {
  const read = (prefix: string) => (path: string): [string, string] => [path, prefix + readFileSync(join(root, path), 'utf8')];
  return [...EDITOR.flatMap((p) => tsFiles(root, p)).map(read('')), ...CORE.flatMap((p) => tsFiles(root, p)).map(read(AS_EDITOR_CODE))];
}

/** The bundle's text, keys sorted so that moving a message does not reorder the file. */
export async function renderBundle(root: string): Promise<string> {
  const json = await getL10nJson(l10nSources(root).map(([, contents]) => ({ extension: '.ts', contents })));
  const sorted = Object.fromEntries(Object.keys(json).sort().map((k) => [k, json[k]]));
  return JSON.stringify(sorted, null, 2) + '\n';
}
