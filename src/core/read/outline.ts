/**
 * The outline of a file: every line that may stand as a heading (real-minutes.md, principle 3).
 * Markdown headings at any level; and, at the top level, a bold line standing alone as a paragraph
 * or as a paragraph's first line (`**Attendance**`, in minutes pasted from Word), a line in capitals
 * (`REVIEW OF ACTIONS`), an agenda item (`Item 3: Review of actions`, or a numbered list of one
 * item, `3. Attendance and apologies`, as Markdown reads an agenda item followed by its notes). Markdown headings always bound sections; the other forms only
 * when they name a section (./sections.ts decides), so bold sub-labels inside a section do not cut it.
 */
import type { HeadingInfo, ParsedDoc } from '../parse/model';
import { lineEndAt, nextLineStart } from '../text';

export type CandidateKind = 'heading' | 'bold' | 'caps' | 'agenda';

export interface Candidate {
  kind: CandidateKind;
  /** 1 to 6 for Markdown headings; 7 for the forms that stand in for a heading. */
  depth: number;
  /** The heading's text, without its Markdown markers. */
  text: string;
  /** The heading line. */
  start: number;
  end: number;
  /** Where the content under it starts. */
  contentStart: number;
}

/** Outcome subsections ("### O1 ...", "### Outcome 2: ...", "### Goal 1 - ...") are structure inside a section, never a section. */
export const OUTCOME_HEADING = /^\s*(?:\*\*|__)?\s*(?:O|outcome|goal|safety goal|wellbeing goal|well-being outcome)\s*(\d{1,3})\b/i;

const BOLD_LINE = /^ {0,3}(\*\*|__)(?![\s*_])([^*_\r\n]{1,150}?)(?<!\s)\1[ \t]*:?[ \t]*$/;
const CAPS_LINE = /^ {0,3}(?=[^a-z]*[A-Z][^a-z]*[A-Z])([A-Z0-9][A-Z0-9 '’&/,()–—-]{3,79}?)[ \t]*:?[ \t]*$/;
const AGENDA_LINE = /^ {0,3}(?:\*\*|__)?((?:agenda\s+)?item\s+\d+[a-z]?\s*[.:)–—-]\s*[^*_\r\n]{2,100}?)(?:\*\*|__)?[ \t]*$/i;
const LIST_ITEM_LINE = /^ {0,3}(?:\d{1,2}[.)]|[-*+])[ \t]+(?:\*\*|__)?([^\r\n]{2,100}?)(?:\*\*|__)?[ \t]*:?[ \t]*$/;

function heading(h: HeadingInfo): Candidate {
  return { kind: 'heading', depth: h.depth, text: h.text, start: h.start, end: h.end, contentStart: h.end };
}

/** The first line of a block, and where the rest of the block starts. */
function firstLine(text: string, start: number, end: number): { line: string; lineEnd: number; rest: number } {
  const lineEnd = Math.min(lineEndAt(text, start), end);
  return { line: text.slice(start, lineEnd), lineEnd, rest: Math.min(nextLineStart(text, lineEnd), end) };
}

/**
 * Candidates in document order. `standIn` tells whether a bold, capitals or agenda line names a
 * section (only then does it count); Markdown headings are always included.
 */
export function outlineOf(doc: ParsedDoc, standIn: (text: string) => boolean, unmatched: Candidate[] = []): Candidate[] {
  const out: Candidate[] = doc.headings.map(heading);
  const text = doc.text;
  for (const b of doc.blocks) {
    if (b.type === 'paragraph') {
      const { line, lineEnd, rest } = firstLine(text, b.start, b.end);
      const single = rest >= b.end;
      const bold = BOLD_LINE.exec(line);
      const caps = single ? CAPS_LINE.exec(line) : null;
      const agenda = AGENDA_LINE.exec(line);
      const found = bold ? { kind: 'bold' as const, t: bold[2] } : agenda ? { kind: 'agenda' as const, t: agenda[1] } : caps ? { kind: 'caps' as const, t: caps[1] } : undefined;
      if (found) {
        const c: Candidate = { kind: found.kind, depth: 7, text: found.t.trim(), start: b.start, end: lineEnd, contentStart: single ? b.end : rest };
        // A bold line that names no section is emphasis, not a boundary; it is kept aside as a heading the team may use.
        if (standIn(found.t)) out.push(c);
        else if (found.kind === 'bold') unmatched.push(c);
      }
    } else if (b.ordered && b.items?.length === 1) {
      // A one-item list whose one line names a section: "3. Attendance and apologies" in an agenda.
      const item = b.items[0];
      const { line, lineEnd, rest } = firstLine(text, item.start, item.end);
      const m = LIST_ITEM_LINE.exec(line);
      if (m && rest >= item.end && standIn(m[1])) out.push({ kind: 'agenda', depth: 7, text: m[1].trim(), start: item.start, end: lineEnd, contentStart: b.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
