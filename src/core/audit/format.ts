/** Shared by the Markdown and HTML reports: figures as "n of N (p%)", group names, links, escaping. */
import type { L10n } from '../l10n';
import { auditWords } from '../messages/audit';
import { dateWords, longIso } from '../messages/dates';
import { escapeControls } from '../escape';
import { htmlEntities } from '../html-page';
import type { ActionRef, AuditReport, Measure, MeasureId, Period, ProblemGroup, Trend } from './model';
import { isBounded } from './period';

/** Whole percent, rounded half up; undefined when there is nothing to count. */
export function percent(n: number, N: number): number | undefined {
  return N === 0 ? undefined : Math.round((100 * n) / N);
}

/** Never a bare percentage: "12 of 20 (60%)"; with what could not be assessed beside it: "12 of 20 (60%); 3 sets of minutes not assessable". */
export function result(m: Pick<Measure, 'n' | 'N'> & Partial<Pick<Measure, 'notAssessable' | 'notAssessableUnit'>>, l10n?: L10n): string {
  const auditText = auditWords(l10n);
  const p = percent(m.n, m.N);
  const figure = p === undefined ? auditText.noCases(m.N) : auditText.nOfN(m.n, m.N, p);
  return m.notAssessable ? `${figure}; ${auditText.notAssessable(m.notAssessable, m.notAssessableUnit ?? 'minutes')}` : figure;
}

/** The figure alone, without what could not be assessed. */
export function figure(m: Pick<Measure, 'n' | 'N'>, l10n?: L10n): string {
  return result({ n: m.n, N: m.N }, l10n);
}


/** A period as a reader says it: "every date", "September 2026", "July to September 2026 (2026-Q3)", "1 July 2026 to 30 September 2026". */
export function periodText(p: Period, l10n?: L10n): string {
  const auditText = auditWords(l10n);
  const MONTHS = dateWords(l10n).months;
  const longDate = (iso: string) => longIso(iso, l10n);
  const q = /^(\d{4})-Q([1-4])$/.exec(p.label);
  if (q) return auditText.period.quarter(MONTHS[3 * (+q[2] - 1)], MONTHS[3 * (+q[2] - 1) + 2], q[1], p.label);
  const m = /^(\d{4})-(\d{2})$/.exec(p.label);
  if (m) return dateWords(l10n).monthYear(+m[2], m[1]);
  if (p.from === undefined && p.to === undefined) return auditText.period.all;
  if (p.from === undefined) return auditText.period.until(longDate(p.to!));
  if (p.to === undefined) return auditText.period.since(longDate(p.from));
  return auditText.period.range(longDate(p.from), longDate(p.to));
}

/** A period's short name, for a trend's columns: "Sep 2026", "2026 Q3". */
export function periodShort(p: Period, l10n?: L10n): string {
  const MONTHS = dateWords(l10n).months;
  const q = /^(\d{4})-Q([1-4])$/.exec(p.label);
  if (q) return `${q[1]} Q${q[2]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(p.label);
  return m ? `${MONTHS[+m[2] - 1].slice(0, 3)} ${m[1]}` : periodText(p, l10n);
}

export function groupName(name: string | null, l10n?: L10n): string {
  return name ?? auditWords(l10n).notRecorded;
}

export function actionText(a: ActionRef, l10n?: L10n): string {
  return auditWords(l10n).action(a.subject, a.due, !!a.escalated);
}

/** A measure's words in the language of `l10n` (the report's saved English ones for an id this version does not know). */
export function measureWords(m: { id: MeasureId; label: string; short?: string; definition?: string }, l10n?: L10n): { label: string; short: string; definition: string } {
  return auditWords(l10n).measures[m.id] ?? { label: m.label, short: m.short ?? m.label, definition: m.definition ?? '' };
}

/** A problem group's sentence, "3 files could not be read", in the language of `l10n`. */
export function problemSummary(p: ProblemGroup, l10n?: L10n): string {
  const say = auditWords(l10n).problems[p.kind];
  return say ? say(new Set(p.files.map((f) => f.path)).size) : p.summary;
}

/** A relative link to a file of the audit: `base` leads from the report to the audited folder. */
export function hrefFor(base: string, path: string): string {
  const full = base === '' || base === '.' ? path : base.replace(/\/$/, '') + '/' + path;
  return full.split('/').map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg))).join('/');
}

/** Control characters become visible escapes too: a report printed to a terminal sends it no escape sequence. */
export function escapeHtml(text: string): string {
  return escapeControls(htmlEntities(text));
}

/** Text from the minutes inside Markdown (inline: a table cell or list item): no HTML, emphasis, links or table breaks. */
export function escapeMd(text: string): string {
  return escapeControls(
    text
      .replace(/[\r\n]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~]/g, (c) => '\\' + c),
  );
}

export interface RenderOptions {
  /** Relative path from the report's folder to the audited folder, for links to the minutes ('' when the same). */
  linkBase?: string;
  /** How many files to list per problem in HTML and Markdown (JSON always lists all). */
  maxListed?: number;
  /** HTML only: a nonce for the inline <style>, for a host with a Content-Security-Policy (a VS Code webview). */
  styleNonce?: string;
  /** The language of the report's words (the editor passes vscode.l10n); English when none. */
  l10n?: L10n;
}

/** The trend's opening line: how many minutes it places in its periods, and how many have no date to place. */
export function trendIntroOf(report: AuditReport, trend: Trend, l10n?: L10n): string {
  const placed = trend.minutes.reduce((a, b) => a + b, 0);
  return auditWords(l10n).extra.trendIntro(placed, trend.periods.length, isBounded(report.period), Math.max(report.files.minutes - placed, 0));
}
