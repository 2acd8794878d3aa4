/**
 * The record that minutes were shared, kept in their distribution section: whom they were shared
 * with, when, how, and the version stamp of what was shared (docs/export.md, "Recording the
 * sharing"). Written as lines the rest of the tool already reads ("Shared with:", "Date shared:"),
 * inserted after everything in the section (insert-only: nothing written there is touched), and
 * read back for CG061, which compares the last stamp recorded with the minutes as they are now.
 */
import type { Config } from '../config';
import { Day, findFirstDate, parseDateAtStart, toIso } from '../dates';
import { appendToSection } from '../edits';
import { lineLabel } from '../label-line';
import type { Minutes } from '../minutes';
import type { Span } from '../parse/model';
import { linesIn } from '../read/actions';
import { distributionLine } from '../record';
import { lineBreakOf, stripComments } from '../text';
import type { InsertEdit } from '../types';
import { STAMP_PREFIX } from './stamp';

export interface SharingRecord {
  /** Whom, as the practitioner names them ("Hana Ortiz (Mother)", "the school"). */
  withWhom: readonly string[];
  /** How: "secure email; Word document for the family". */
  how: string;
  date: Day;
  stamp: string;
}

/** The labels of the record's own lines (the first two are the template's distribution lines). */
export const RECORD_LABELS = { whom: 'Shared with', date: 'Date shared', how: 'How shared', version: 'Version shared' } as const;

/** One line of the practitioner's words: no line breaks, no comment markers, no table or heading syntax at its start. */
function oneLine(text: string): string {
  return text.replace(/<!--|-->/g, ' ').replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
}

export function recordLines(r: SharingRecord): string[] {
  const L = RECORD_LABELS;
  return [
    `${L.whom}: ${r.withWhom.map(oneLine).filter(Boolean).join(', ')}`,
    `${L.date}: ${toIso(r.date)}`,
    `${L.how}: ${oneLine(r.how)}`,
    `${L.version}: ${r.stamp}`,
  ];
}

/** The insert-only edit that adds a sharing record at the end of the distribution section (or adds the section). */
export function recordSharingEdit(a: { minutes: Minutes; config: Config }, r: SharingRecord): InsertEdit {
  const target = { doc: a.minutes.doc, minutes: a.minutes, config: a.config, eol: lineBreakOf(a.minutes.doc.text) };
  return appendToSection(target, 'distribution', recordLines(r).join('\n'));
}

export interface SharedVersion extends Span {
  stamp: string;
  /** The "Date shared:" of the same record (the nearest one above the stamp), if it has one. */
  date?: Day;
}

/** A version stamp at the start of a "Version shared:" line's value. */
const STAMP = /^[^\S\r\n]*(cg\d+-[0-9a-f]{8})\b/i;

/** The stamp of a "Version shared:" line (read as every other "Label:" line is, ../label-line.ts), if it is one. */
function versionOf(line: string): string | undefined {
  const l = lineLabel(line);
  if (!l || l.label.toLowerCase() !== RECORD_LABELS.version.toLowerCase()) return undefined;
  return STAMP.exec(line.slice(l.valueAt))?.[1].toLowerCase();
}

/** The version stamps recorded in the distribution section, in the order written (comments are not read). */
export function sharedVersions(minutes: Minutes): SharedVersion[] {
  const s = minutes.byId.get('distribution');
  if (!s) return [];
  const out: SharedVersion[] = [];
  for (const part of s.parts) {
    // Comments blanked in place, so offsets stay those of the file.
    const text = minutes.doc.text.slice(0, part.contentStart) + stripComments(minutes.doc.text.slice(part.contentStart, part.end));
    let date: Day | undefined;
    for (const { at, line } of linesIn(text, { start: part.contentStart, end: part.end })) {
      const d = distributionLine(line, minutes.lexicon);
      if (d?.kind === 'date') {
        const value = line.slice(d.valueAt);
        date = parseDateAtStart(value) ?? findFirstDate(value);
        continue;
      }
      const stamp = versionOf(line);
      if (stamp) out.push({ stamp, date, start: at, end: at + line.length });
    }
  }
  return out;
}

/** The last version recorded as shared, when its stamp is of this version's format (another format is not judged). */
export function lastSharedVersion(minutes: Minutes): SharedVersion | undefined {
  const last = sharedVersions(minutes).at(-1);
  return last && last.stamp.startsWith(STAMP_PREFIX) ? last : undefined;
}
