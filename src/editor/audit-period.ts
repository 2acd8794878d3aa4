/**
 * The period picker of "Core Group: Audit workspace" (and of the report's "Change period"): last
 * quarter by default, this quarter, last month, the last twelve months, every date, or dates typed in.
 * The periods themselves are the core's (../core/audit/period.ts).
 */
import * as vscode from 'vscode';
import { lastQuarter, monthPeriod, periodOf, PeriodRequest, quarterPeriod, ALL } from '../core/audit';
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
  const y = +today.slice(0, 4);
  const m = +today.slice(5, 7);
  const last = lastQuarter(today);
  const q = quarterPeriod(y, Math.floor((m - 1) / 3) + 1);
  const thisQ: Period = { from: q.from, to: today, label: `${q.from} to ${today}` };
  const lastM = m === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, m - 1);
  const yearAgo = `${y - 1}-${today.slice(5, 10) === '02-29' ? '02-28' : today.slice(5, 10)}`;
  return [
    { label: periodUi.lastQuarter(periodText(last)), period: last },
    { label: periodUi.thisQuarter(periodText(thisQ)), period: thisQ },
    { label: periodUi.lastMonth(periodText(lastM)), period: lastM },
    { label: periodUi.lastYear, period: { from: yearAgo, to: today, label: `${yearAgo} to ${today}` } },
    { label: periodUi.all, period: ALL },
    { label: periodUi.custom },
  ];
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
