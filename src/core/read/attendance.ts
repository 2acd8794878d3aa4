/**
 * Who was at the meeting (real-minutes.md, principle 4): an attendance table (Name, Role, Attended,
 * Report, by meaning), a bullet list (`- Name, Role` / `- Name (Role) – apologies, report received`),
 * or `Present:` and `Apologies:` lines, in any mix. Under a heading or label that says "Apologies"
 * or "Absent", the people listed did not attend; elsewhere a listed person attended unless their
 * entry says otherwise. A table's blank Attended cell is recorded as not known (CG035).
 */
import type { ParsedDoc, Span } from '../parse/model';
import { lineLabel } from '../label-line';
import { lineEndAt, nextLineStart, stripComments } from '../text';
import LEXICON from '../packs/lexicon.json';
import { containsWords, leadingWord, Lexicon, plainWords, type Words } from './lexicon';
import { PersonKind, personKindOf } from './people';
import { isPlaceholder } from './placeholders';
import { readTable, tablesIn } from './tables';

/** present / absent; `unknown`: left blank or a placeholder; `unclear`: written, but not as a yes or no. */
export type Attendance = 'present' | 'absent' | 'unknown' | 'unclear';

export interface Attendee {
  name: string;
  role: string;
  attended: Attendance;
  report: string;
  kind: PersonKind;
  span: Span;
  form: 'table' | 'list' | 'line';
}

export function attendanceOf(cell: string, lex: Lexicon): Attendance {
  if (isPlaceholder(cell, lex)) return 'unknown';
  return leadingWord(cell, lex.attended)?.value ?? 'unclear';
}

const REPORT = /\b(?:report|reports|update|email|emailed|written|statement|letter|contribution|information)\b/i;
const NO_REPORT = /\b(?:no|not|without|awaited|awaiting|to follow|outstanding|pending|none)\b/i;

/** The report part of an entry's tail ("apologies, report received 24/06/2026" -> "report received 24/06/2026"). */
function reportIn(tail: string): string {
  const parts = tail.split(/[,;]\s*|\s+[–—-]\s+/).map((p) => p.trim()).filter(Boolean);
  const r = parts.find((p) => REPORT.test(p));
  if (!r) return '';
  if (!NO_REPORT.test(r) || /^(?:yes|received|sent|provided)\b/i.test(r)) return r;
  // A report that did not come ("report to follow", "no report") reads as none.
  return /^(?:no|none|not)\b/i.test(r) ? r : 'no ' + r;
}

/** The words of a heading or label that set the attendance of what follows (lexicon.json's attendanceLabels). */
const LABEL_WORDS = {
  absent: LEXICON.attendanceLabels.absent.map(plainWords),
  present: LEXICON.attendanceLabels.present.map(plainWords),
  mixed: LEXICON.attendanceLabels.mixed.map(plainWords),
};
/** "Not present" says absent, and so not present. */
const NOT_PRESENT = plainWords('not present');

/** The attendance that a heading or label line sets for what follows ("Apologies" -> absent). */
function contextOf(label: string, lex: Lexicon): Attendance | undefined {
  const words = plainWords(label);
  if (words.length === 0 || words.length > 6) return undefined;
  const has = (phrases: readonly Words[]) => phrases.some((p) => containsWords(words, p));
  const absent = has(LABEL_WORDS.absent);
  const present = !containsWords(words, NOT_PRESENT) && has(LABEL_WORDS.present);
  // "Present and apologies", "Introductions/apologies", "Members and apologies" set nothing: each entry says which it is.
  const mixed = has(LABEL_WORDS.mixed);
  if (absent && mixed) return undefined;
  if (absent !== present) return absent ? 'absent' : 'present';
  return absent ? undefined : leadingWord(label, lex.attended)?.value;
}

/** Splits "Name (Role)" / "Name, Role" / "Name – Role". */
function nameAndRole(head: string): { name: string; role: string } {
  const h = head.replace(/[*_`]+/g, '').trim();
  const comma = h.indexOf(',');
  const open = h.indexOf('(');
  if (comma > 0 && (open < 0 || comma < open)) return { name: h.slice(0, comma).trim(), role: h.slice(comma + 1).trim() };
  const paren = /^([^()]+?)\s*\((.+)\)\s*$/.exec(h);
  if (paren) return { name: paren[1].trim(), role: paren[2].trim() };
  return { name: h, role: '' };
}

function entry(text: string, span: Span, context: Attendance, lex: Lexicon, form: Attendee['form']): Attendee | undefined {
  const t = stripComments(text).replace(/\s+/g, ' ').trim();
  if (t === '' || isPlaceholder(t, lex)) return undefined;
  const dash = /\s+[–—-]\s+|\s*:\s+/.exec(t);
  let head = dash ? t.slice(0, dash.index) : t;
  let tail = dash ? t.slice(dash.index + dash[0].length) : '';
  let attended = context;
  const said = tail ? leadingWord(tail, lex.attended) : undefined;
  if (said) attended = said.value;
  else if (tail && !REPORT.test(tail)) {
    // "Name – Role" with nothing about attendance: the dash separates the role.
    head = `${head}, ${tail}`;
    tail = '';
  }
  let { name, role } = nameAndRole(head);
  // "Kirsty Lane (Health Visitor, apologies)": the attendance said inside the brackets.
  const roleParts = role.split(/,\s*/);
  const last = roleParts[roleParts.length - 1] ?? '';
  const inRole = roleParts.length > 1 ? leadingWord(last, lex.attended) : undefined;
  if (inRole && inRole.words === plainWords(last).length) {
    attended = inRole.value;
    role = roleParts.slice(0, -1).join(', ');
  }
  if (name === '' || plainWords(name).length > 6) return undefined;
  const kind = personKindOf(role || name, lex);
  return { name, role, attended, report: reportIn(tail), kind, span, form };
}

/** Entries of a "Present: A (Mum); B (Social Worker)" line. */
function lineEntries(value: string): string[] {
  if (value.includes(';')) return value.split(';');
  // Commas separate people only outside brackets.
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0 && /\)\s*$|^\s*\S+\s+\S+\s*$/.test(cur)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The attendees recorded in the attendance section's parts. */
export function readAttendance(doc: ParsedDoc, parts: readonly { contentStart: number; end: number; heading: string }[], lex: Lexicon, initials: readonly string[]): Attendee[] {
  const out: Attendee[] = [];
  const spans = parts.map((p) => ({ start: p.contentStart, end: p.end }));
  const tables = tablesIn(doc.tables, spans);
  for (const p of parts) {
    const partContext = contextOf(p.heading, lex) === 'absent' ? 'absent' : 'present';
    for (const t of tables.filter((x) => x.start >= p.contentStart && x.end <= p.end)) {
      const read = readTable(t, lex.attendanceColumns, initials, { who: 'name' }, lex.columnKeywords);
      const nameCol = read.columns.includes('name');
      for (const row of read.rows) {
        const name = (nameCol ? row.cells.name : (t.rows.find((r) => r.start === row.span.start)?.cells[0]?.text ?? '')) ?? '';
        if (name.trim() === '' || isPlaceholder(name, lex)) continue;
        const role = (row.cells.role ?? '').trim();
        const attendedCell = row.cells.attended;
        const attended = attendedCell === undefined ? partContext : attendanceOf(attendedCell, lex);
        const report = row.cells.report ?? (attendedCell ? reportIn(attendedCell.replace(/^\s*\S+/, '')) : '');
        out.push({ name: name.trim(), role, attended, report: report.trim(), kind: personKindOf(role || name, lex), span: row.span, form: 'table' });
      }
    }
    // Lines outside the tables: list items, "Present:" / "Apologies:" lines, and labels that set the context.
    let context: Attendance = partContext;
    const text = doc.text;
    for (let at = p.contentStart; at < p.end; ) {
      const end = Math.min(lineEndAt(text, at), p.end);
      const inTable = tables.some((t) => at >= t.start && at < t.end);
      const line = text.slice(at, end);
      if (!inTable) {
        const item = /^\s{0,3}(?:[-*+•]|\d{1,2}[.)])\s+(.*)$/.exec(line);
        const label = item ? undefined : lineLabel(line);
        const bare = /^\s{0,3}(?:#{1,6}\s+|\*\*|__)?(.*?)(?:\*\*|__)?\s*:?\s*$/.exec(line);
        if (item && !tables.some((t) => t.start >= p.contentStart && t.end <= p.end)) {
          const a = entry(item[1], { start: at, end }, context, lex, 'list');
          if (a) out.push(a);
        } else if (label && contextOf(label.label, lex)) {
          context = contextOf(label.label, lex)!;
          const value = line.slice(label.valueAt);
          if (value.trim() !== '') {
            for (const e of lineEntries(value)) {
              const a = entry(e, { start: at, end }, context, lex, 'line');
              if (a) out.push(a);
            }
          }
        } else if (bare && line.trim() !== '' && contextOf(bare[1], lex) && plainWords(bare[1]).length <= 4) {
          context = contextOf(bare[1], lex)!;
        }
      }
      const next = nextLineStart(text, end);
      if (next <= at) break;
      at = next;
    }
  }
  return out;
}
