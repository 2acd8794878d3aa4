/** The extension's settings (coreGroup.*), read with the scope of the document they apply to. */
import * as vscode from 'vscode';
import type { SeverityOrOff } from '../core/types';

export type RunMode = 'onType' | 'onSave';

export interface Settings {
  checks: Record<string, SeverityOrOff>;
  files: string[];
  run: RunMode;
  debounceMs: number;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration('coreGroup', scope);
  const checks: Record<string, SeverityOrOff> = {};
  for (const [code, level] of Object.entries(c.get<Record<string, string>>('checks') ?? {})) {
    if (['off', 'hint', 'information', 'warning', 'error'].includes(level)) checks[code.toUpperCase()] = level as SeverityOrOff;
  }
  return {
    checks,
    files: (c.get<string[]>('files') ?? []).filter((g) => typeof g === 'string' && g.trim() !== ''),
    run: c.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
    debounceMs: Math.max(0, Math.min(5000, c.get<number>('debounceMs') ?? 300)),
  };
}
