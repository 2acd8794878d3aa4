/**
 * A quick fix that teaches the tool a team's own words (real-minutes.md, principle 10): it adds a
 * heading or column name to the nearest `.coregroup.json` (creating it when there is none), so the
 * whole team's minutes are read right from then on. Computed here, applied by the host: the editor
 * as a WorkspaceEdit, the tests through a reader. The settings file is the team's own settings, so
 * this is the one fix that may write into a file other than the minutes; it only ever adds to a list.
 */
import { applyEdits, modify, parse as parseJsonc, ParseError } from 'jsonc-parser';
import { CONFIG_FILE_NAME } from './config';
import { dirname, join } from './paths';

export interface SettingsEdit {
  /** The `.coregroup.json` to change, or to create when `exists` is false. */
  path: string;
  exists: boolean;
  /** Where the list is, e.g. ["aliases", "sections", "previous-actions"]; `value` is added to its end. */
  list: string[];
  value: string;
}

/** The settings file a learning fix writes to: the one in force, else a new one at the workspace folder (so the whole team's minutes use it). */
export function settingsTarget(configPath: string | undefined, root: string, minutesPath: string): { path: string; exists: boolean } {
  if (configPath) return { path: configPath, exists: true };
  return { path: join(root || dirname(minutesPath), CONFIG_FILE_NAME), exists: false };
}

/** Whether the value is already in the list, so the fix is not offered twice. */
export function hasSetting(text: string | undefined, edit: Pick<SettingsEdit, 'list' | 'value'>): boolean {
  if (text === undefined) return false;
  const errors: ParseError[] = [];
  let node: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  for (const key of edit.list) node = node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
  return Array.isArray(node) && node.some((v) => typeof v === 'string' && v.trim().toLowerCase() === edit.value.trim().toLowerCase());
}

/**
 * The settings text after the edit: `text` (undefined: a new file) with `value` appended to the list,
 * creating the objects and the list on the way. Comments and formatting elsewhere are kept. Returns
 * undefined when `text` is not valid JSON (the finding about the file says so; nothing is written).
 */
export function applySettingsEdit(text: string | undefined, edit: Pick<SettingsEdit, 'list' | 'value'>): string | undefined {
  const base = text === undefined || text.trim() === '' ? '{}\n' : text.replace(/^\ufeff/, '');
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(base, errors, { allowTrailingComma: true });
  if (errors.length > 0 || typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (hasSetting(base, edit)) return base;
  let node: unknown = value;
  for (const key of edit.list) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: base.includes('\r\n') ? '\r\n' : '\n' };
  const edits = Array.isArray(node)
    ? modify(base, [...edit.list, -1], edit.value, { formattingOptions, isArrayInsertion: true })
    : modify(base, edit.list, [edit.value], { formattingOptions });
  return applyEdits(base, edits);
}
