/**
 * Headings -> sections (real-minutes.md, principles 2 and 3). A heading that names a section opens a
 * part of it, which runs to the next heading of the same or a higher level; deeper headings inside
 * it belong to it, unless they name another section, which then has a part of its own there ("What
 * needs to happen?" is the analysis of safety; its "### Next steps" table is the revised plan). A
 * section may be made of several parts ("Present" and "Apologies"; the three Signs of Safety
 * questions), and one heading may serve two sections. When no heading names a section, a line that
 * starts with its name and a colon (`Next core group: 13 October`) supplies it.
 */
import type { ParsedDoc, Span } from '../parse/model';
import { SECTION_LABEL } from '../label-line';
import { lineEndAt, nextLineStart } from '../text';
import type { HeadingMatch, HeadingMatcher } from './heading-matcher';
import { Candidate, OUTCOME_HEADING, outlineOf } from './outline';

export type PartRule = HeadingMatch['rule'] | 'inside' | 'label' | 'content';

export interface SectionPart extends Span {
  /** The heading (or label line) that opened the part. */
  candidate: Candidate;
  contentStart: number;
  rule: PartRule;
  /** The phrase of the vocabulary that matched. */
  phrases: string[];
}

export interface ReadSection {
  id: string;
  parts: SectionPart[];
}

export interface Outline {
  candidates: Candidate[];
  /** Every part, in order, with the sections it serves ([] for the content under an unrecognised heading). */
  segments: { part: SectionPart; ids: string[] }[];
  sections: Map<string, ReadSection>;
  /** Markdown headings (level 1 to 3) that name no section, and were not inside one: candidates for "is this it?". */
  unrecognised: Candidate[];
  /** For each heading, how it was matched (for `explain`). */
  matches: Map<Candidate, HeadingMatch | undefined>;
}

interface Frame {
  depth: number;
  ids: string[];
  candidate: Candidate;
  match?: HeadingMatch;
}

function matchOf(c: Candidate, matcher: HeadingMatcher, initials: readonly string[]): HeadingMatch | undefined {
  return OUTCOME_HEADING.test(c.text) ? undefined : matcher.match(c.text, initials);
}

export function readOutline(doc: ParsedDoc, matcher: HeadingMatcher, initials: readonly string[], labelIds: (label: string) => string[]): Outline {
  const boldOnly: Candidate[] = [];
  const candidates = outlineOf(doc, (t) => !OUTCOME_HEADING.test(t) && matcher.match(t, initials) !== undefined, boldOnly);
  const matches = new Map<Candidate, HeadingMatch | undefined>();
  const frames: Frame[] = [];
  const segments: { part: SectionPart; ids: string[]; owner?: Frame }[] = [];
  const unrecognised: Candidate[] = [];
  // A first heading at level 1 with deeper headings after it is the document's title, not a section.
  const first = candidates[0];
  const titled = first?.kind === 'heading' && first.depth === 1 && candidates.length > 1 && candidates[1].depth > 1;
  // The last section ends where reading stopped (../parse/limits.ts): nothing after it is read.
  const readEnd = doc.notReadFrom ?? doc.text.length;
  for (const c of candidates) {
    const m = titled && c === first ? undefined : matchOf(c, matcher, initials);
    matches.set(c, m);
    while (frames.length > 0 && frames[frames.length - 1].depth >= c.depth) frames.pop();
    const parent = [...frames].reverse().find((f) => f.ids.length > 0);
    let ids = m?.ids ?? [];
    let rule: PartRule = m?.rule ?? 'inside';
    // A deeper heading that also fits its parent's section is a sub-heading of it ("### Apologies" under "## Attendance").
    if (ids.length > 0 && parent && parent.ids.some((id) => ids.includes(id) || matcher.fitsAsWell(c.text, id, initials))) {
      ids = parent.ids;
      rule = 'inside';
    }
    const frame: Frame = { depth: c.depth, ids, candidate: c, match: m };
    frames.push(frame);
    const owner = ids.length > 0 ? frame : parent;
    // A first heading at level 1 is the title, even when nothing follows it; outcome headings are never sections.
    if (!m && !parent && c.kind === 'heading' && c.depth <= 3 && !(c === first && c.depth === 1) && !OUTCOME_HEADING.test(c.text)) unrecognised.push(c);
    segments.push({
      part: { candidate: owner?.candidate ?? c, start: c.start, contentStart: c.contentStart, end: readEnd, rule: owner === frame ? rule : 'inside', phrases: owner?.match?.phrases ?? [] },
      ids: owner?.ids ?? [],
      owner,
    });
  }
  for (let i = 0; i + 1 < segments.length; i++) segments[i].part.end = segments[i + 1].part.start;

  const sections = new Map<string, ReadSection>();
  for (const s of segments) {
    for (const id of s.ids) {
      let sec = sections.get(id);
      if (!sec) sections.set(id, (sec = { id, parts: [] }));
      const last = sec.parts[sec.parts.length - 1];
      // Consecutive segments of one section (its deeper headings) make one part.
      if (last && last.end === s.part.start) last.end = s.part.end;
      else sec.parts.push({ ...s.part });
    }
  }
  addLabelLines(doc, sections, labelIds);
  // Bold lines that name no section, outside any section: headings of the team's own template.
  for (const b of boldOnly) {
    const at = [...segments].reverse().find((x) => x.part.start <= b.start);
    if (!at || at.ids.length === 0) unrecognised.push(b);
  }
  unrecognised.sort((x, y) => x.start - y.start);
  return { candidates, segments: segments.map(({ part, ids }) => ({ part, ids })), sections, unrecognised, matches };
}

/** Lines like "Present: ..." or "Next core group: 13 October" supply a section no heading names. */
function addLabelLines(doc: ParsedDoc, sections: Map<string, ReadSection>, labelIds: (label: string) => string[]): void {
  const text = doc.text;
  const found = new Map<string, SectionPart[]>();
  for (const b of doc.blocks) {
    if (b.type !== 'paragraph') continue;
    for (let at = b.start; at < b.end; at = nextLineStart(text, at)) {
      const lineEnd = Math.min(lineEndAt(text, at), b.end);
      const m = SECTION_LABEL.exec(text.slice(at, lineEnd));
      if (m) {
        for (const id of labelIds(m[1])) {
          if (sections.has(id)) continue;
          const candidate: Candidate = { kind: 'bold', depth: 8, text: m[1].trim(), start: at, end: lineEnd, contentStart: at + m[0].length };
          const list = found.get(id) ?? [];
          list.push({ candidate, start: at, contentStart: candidate.contentStart, end: b.end, rule: 'label', phrases: [m[1].trim()] });
          found.set(id, list);
        }
      }
      if (lineEnd >= b.end) break;
    }
  }
  for (const [id, parts] of found) sections.set(id, { id, parts });
}
