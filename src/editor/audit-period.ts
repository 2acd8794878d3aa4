/**
 * The period picker of "Core Group: Audit workspace" (and of the report's "Change period"): last
 * quarter by default, this quarter, last month, the last twelve months, every date, or dates typed in.
 * The periods themselves, and their order, are the core's (periodChoices in ../core/audit/period.ts).
 */
import * as vscode from 'vscode';
import { periodChoices, periodOf, ALL } from '../core/audit';
import type { PeriodChoice, PeriodRequest } from '../core/audit';
import type { Period } from '../core/audit/model';
import { periodText } from '../core/audit/format';
import { periodUi } from './messages';

/** What a command's argument may name instead of asking: a period request, or 'all'. */
export type PeriodArg = PeriodRequest | 'all';

export function periodFromArg(arg: PeriodArg): Period | undefined {
  if (arg === 'all') return ALL;
  const p = periodOf(arg);
  return 'period' in p ? p.period : undefined;
}

function choices(today: string): { label: string; period?: Period }[] {
  const label: Record<PeriodChoice, (p: Period) => string> = {
    'last-quarter': (p) => periodUi.lastQuarter(periodText(p, vscode.l10n)),
    'this-quarter': (p) => periodUi.thisQuarter(periodText(p, vscode.l10n)),
    'last-month': (p) => periodUi.lastMonth(periodText(p, vscode.l10n)),
    'last-year': (p) => periodUi.lastYear(periodText(p, vscode.l10n)),
    all: () => periodUi.all,
  };
  return [...periodChoices(today).map((c) => ({ label: label[c.choice](c.period), period: c.period })), { label: periodUi.custom }];
}

async function askDate(prompt: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    prompt,
    placeHolder: 'YYYY-MM-DD',
    validateInput: (v) => ('period' in periodOf({ from: v.trim() }) ? undefined : periodUi.badDate),
  });
}

/** Asks for the period; undefined when the user dismissed the picker. */
export async function pickPeriod(today: string): Promise<Period | undefined> {
  const picked = await vscode.window.showQuickPick(choices(today), { title: periodUi.title, placeHolder: periodUi.placeholder });
  if (!picked) return undefined;
  if (picked.period) return picked.period;
  const from = await askDate(periodUi.fromPrompt);
  if (from === undefined) return undefined;
  const to = await askDate(periodUi.toPrompt);
  if (to === undefined) return undefined;
  const p = periodOf({ from: from.trim(), to: to.trim() });
  return 'period' in p ? p.period : undefined;
}
