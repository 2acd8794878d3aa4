/**
 * What the Markdown preview shows differently for core group minutes, decided here so the
 * markdown-it plugin (src/preview/) only moves tokens: the front matter as a table of meeting
 * details in words and long dates, where a rating sits on a rating line, and which lines are
 * distribution lines. Other Markdown gets nothing from here, so the preview leaves it alone.
 */
import type { L10n } from './l10n';
import { longDay } from './messages/dates';
import { previewWords } from './messages/preview';
import { metaOf } from './minutes';
import { parseDocument } from './parse/document';
import { basename } from './paths';
import { lexiconFor } from './read/lexicon';
import { ratingOfLine, type Rating } from './read/outcomes';
import { distributionLine } from './record';
import { stripComments } from './text';

export interface DetailRow {
  label: string;
  value: string;
}

/** The meeting details of core group minutes' front matter (the YAML between the fences), or undefined for anything else. */
export function meetingDetails(yaml: string, l10n?: L10n): DetailRow[] | undefined {
  const T = previewWords(l10n);
  const toLong = (day: number) => longDay(day, l10n);
  const doc = parseDocument('', `---\n${yaml}\n---\n`);
  if (doc.kind !== 'minutes') return undefined;
  if (!doc.frontMatter?.data) return [{ label: T.problem, value: T.invalid }];
  const m = metaOf(doc);
  const rows: [string, string | undefined][] = [
    [T.child, m.child],
    [T.date, m.date !== undefined ? toLong(m.date) : T.noDate],
    [T.meeting, m.meeting !== undefined ? (m.meeting === 1 ? T.first : String(m.meeting)) : undefined],
    [T.icpc, m.icpc !== undefined ? toLong(m.icpc) : undefined],
    [T.chair, m.chair ? (m.chairRole ? T.chairWithRole(m.chair, m.chairRole) : m.chair) : undefined],
    [T.area, m.area],
    [T.team, m.team],
    [T.status, m.status === 'draft' ? T.draft : m.status === 'shared' ? T.shared : undefined],
    [T.previous, m.previous ? basename(m.previous) : undefined],
    [T.plan, m.plan ? basename(m.plan) : undefined],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '').map(([label, value]) => ({ label, value }));
}

const WORD: Record<Rating, RegExp> = { red: /\b(?:red|r)\b/i, amber: /\b(?:amber|yellow|a)\b/i, green: /\b(?:green|g)\b/i };

/**
 * A rating written on a line ("Progress: Amber", "**RAG:** Red", or a cell that is only "Green"):
 * the rating, and where its word is in `line`, so the preview can show it as a labelled badge.
 */
export function ratingIn(line: string): { rating: Rating; start: number; end: number } | undefined {
  const plain = stripComments(line);
  const r = ratingOfLine(plain, lexiconFor()).rating;
  if (r !== 'red' && r !== 'amber' && r !== 'green') return undefined;
  // The word after the label's separator ("Progress: Amber"), else anywhere (a colour alone).
  const sep = /[:=–—-]|\bis\b|\(/.exec(plain);
  let base = sep ? sep.index + sep[0].length : 0;
  let m = WORD[r].exec(plain.slice(base));
  if (!m) [base, m] = [0, WORD[r].exec(plain)];
  return m ? { rating: r, start: base + m.index, end: base + m.index + m[0].length } : undefined;
}

/** The words of a rating badge: visible text, never colour alone. */
export function ratingLabel(r: Rating, l10n?: L10n): { text: string; aria: string } {
  const T = previewWords(l10n);
  const text = T.ratings[r];
  return { text, aria: T.ratingAria(text) };
}

/** Whether a line is a distribution line ("Shared with:", "Date shared:", "Agreed by:", "Date sent:"). */
export function isDistributionLine(line: string): boolean {
  return distributionLine(line, lexiconFor()) !== undefined;
}

/** Whether an HTML block or inline HTML is nothing but comments (the template's prompts). */
export function isOnlyComments(html: string): boolean {
  return /<!--/.test(html) && stripComments(html).trim() === '';
}
