/**
 * Reviews of the plan's outcomes (real-minutes.md, principle 4): `### O1 ...`, `### Outcome 1: ...`,
 * `**Goal 2 – ...**` or an `Outcome 1: ...` line, each with a rating line (`Progress: Amber`,
 * `RAG: Amber`, `RAG rating - Amber`, `Rating: Green`, or the colour alone on a line); or rows of a
 * table (Outcome | RAG | Evidence). Only numbered outcomes are tracked. "Achieved", "Met" or
 * "Closed" as the rating closes the outcome: it leaves the plan from then on (principle 8).
 */
import type { HeadingInfo, ParsedDoc, Span } from '../parse/model';
import { stripComments } from '../text';
import { linesIn } from './actions';
import { Lexicon, leadingWord, plainWords, RatingWord } from './lexicon';
import { readTable, tablesIn } from './tables';

export type Rating = 'red' | 'amber' | 'green';

export interface OutcomeReview {
  id: string;
  title: string;
  rating?: Rating;
  /** Rated achieved, met, closed or no longer needed: the outcome leaves the plan. */
  closed: boolean;
  /** A rating line (or column) is there, even if it holds no rating yet. */
  hasRatingLine: boolean;
  /** The outcome's own line: a heading, a bold line, an "Outcome 1:" line, or a table row. */
  heading: HeadingInfo;
  /** End of what belongs to it. */
  end: number;
  form: 'subsection' | 'table';
  /** For a table row: where its rating cell is, so a rating can be inserted there. */
  ratingCell?: Span;
  /** The evidence written for it (the first paragraph after the rating, or the Evidence cell). */
  evidence: string;
}

const HEADER = /^\s{0,3}(#{1,6}\s+)?(?:\*\*|__)?\s*(?:(?:safety |wellbeing |well-being )?(?:outcome|goal)\s*|O)(\d{1,3})\b(?:\*\*|__)?\s*([:.)–—-]|\*\*|$)?\s*(.*?)\s*(?:\*\*|__)?\s*$/i;
/** Words that close an outcome in its review ("The core group agreed that this outcome is met and closed it"); never after "not". */
const CLOSING = /\b(?:removed from the plan|no longer (?:needed|required)|(?:this |the )?(?:outcome|goal) (?:has been |is |was )?(?:now )?(?:fully )?(?:achieved|met|closed)|(?:has|have) been (?:fully )?achieved|closed (?:it|this outcome|at the review))\b/i;
const NOT_CLOSING = /\bnot (?:yet )?(?:been )?(?:fully )?(?:achieved|met|closed)\b|\bnot (?:removed|closed)\b/i;
/** A review that opens with a closing word ("Achieved – both fillings were done"). */
const OPENS_CLOSED = /^\s*(?:\*\*)?(?:fully )?(?:achieved|met|completed|closed)(?:\*\*)?\s*(?:[–—:.-]|$)/i;

/** The rating a line gives: `Progress: Amber`, `RAG rating - Red`, `**Rating:** Green`, or `Amber` alone. */
export function ratingOfLine(line: string, lex: Lexicon): { rating?: RatingWord; isRatingLine: boolean } {
  const t = stripComments(line).replace(/[*_`]+/g, '').replace(/^\s*[-*+]\s+/, '').trim();
  const words = plainWords(t);
  if (words.length === 0) return { isRatingLine: false };
  for (const label of lex.ratingLabels) {
    if (!label.every((w, i) => words[i] === w)) continue;
    // The label must be followed by a separator: "Progress has been slow" is not a rating line.
    const after = t.replace(new RegExp(`^${label.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+')}`, 'iu'), '');
    if (!/^\s*(?:[:=–—-]|is\b|\(|$)/u.test(after)) continue;
    const value = after.replace(/^\s*(?:[:=–—-]|is\b|\()\s*/u, '');
    return { rating: leadingWord(value, lex.ratings)?.value, isRatingLine: true };
  }
  // The colour alone ("Amber", "Red."), as in minutes pasted from a form.
  const alone = leadingWord(t, lex.ratings);
  if (alone && alone.words === words.length && alone.value !== 'closed' && words[0].length > 1) return { rating: alone.value, isRatingLine: true };
  return { isRatingLine: false };
}

function evidenceOf(lines: string[], lex: Lexicon): string {
  const out: string[] = [];
  for (const l of lines.map((x) => stripComments(x).trim())) {
    if (l === '' || ratingOfLine(l, lex).isRatingLine) {
      if (out.length > 0) break;
      continue;
    }
    out.push(l);
  }
  return out.join(' ');
}

/** Outcome reviews in the plan-progress section's parts. */
export function readOutcomes(doc: ParsedDoc, spans: readonly Span[], lex: Lexicon): OutcomeReview[] {
  const out: OutcomeReview[] = [];
  const tables = tablesIn(doc.tables, spans);
  for (const span of spans) {
    const lines = linesIn(doc.text, span).filter(({ at }) => !tables.some((t) => at >= t.start && at < t.end));
    let current: { review: OutcomeReview; depth: number; body: string[] } | undefined;
    const close = (end: number) => {
      if (!current) return;
      current.review.end = end;
      current.review.evidence = evidenceOf(current.body, lex);
      const body = current.body.join(' ');
      const opening = current.body.map((l) => stripComments(l)).find((l) => l.trim() !== '' && !ratingOfLine(l, lex).isRatingLine) ?? '';
      if (!current.review.closed && !NOT_CLOSING.test(body) && (CLOSING.test(body) || OPENS_CLOSED.test(opening))) current.review.closed = true;
      out.push(current.review);
      current = undefined;
    };
    for (const { at, line } of lines) {
      const h = HEADER.exec(line);
      const isHeader = h && (h[1] || /^\s*(?:\*\*|__)/.test(line) || (h[3] && h[3] !== '') || /^\s{0,3}O\d/i.test(line));
      const depth = h?.[1] ? h[1].trim().length : 7;
      if (h && isHeader) {
        close(at);
        const inline = ratingOfLine(h[4].replace(/^.*?\b(?=rag\b|rating\b|progress\b)/i, ''), lex);
        current = {
          depth,
          body: [],
          review: {
            id: 'O' + +h[2], title: h[4].replace(/\s*[([]?\b(?:rag|rating)\b.*$/i, '').trim(), rating: undefined, closed: false,
            hasRatingLine: false, heading: { depth, text: line.trim(), start: at, end: at + line.length }, end: span.end, form: 'subsection', evidence: '',
          },
        };
        if (inline.isRatingLine && /\b(?:rag|rating)\b/i.test(h[4])) {
          current.review.hasRatingLine = true;
          if (inline.rating === 'closed') current.review.closed = true;
          else current.review.rating = inline.rating;
        }
        continue;
      }
      if (!current) continue;
      const heading = /^\s{0,3}(#{1,6})\s/.exec(line);
      if (heading && heading[1].length <= current.depth) {
        close(at);
        continue;
      }
      current.body.push(line);
      const r = ratingOfLine(line, lex);
      if (r.isRatingLine && !current.review.hasRatingLine) {
        current.review.hasRatingLine = true;
        if (r.rating === 'closed') current.review.closed = true;
        else current.review.rating = r.rating;
      } else if (r.isRatingLine && !current.review.rating && r.rating && r.rating !== 'closed') current.review.rating = r.rating;
    }
    close(span.end);
  }
  for (const t of tables) {
    const read = readTable(t, lex.outcomeColumns, [], {}, lex.columnKeywords);
    const hasAction = readTable(t, lex.actionColumns, [], lex.bareHeaders, lex.columnKeywords).columns.filter((c) => c === 'owner' || c === 'due').length > 0;
    if (!read.columns.includes('outcome') || hasAction) continue;
    const ratingCol = read.columns.indexOf('rating');
    read.rows.forEach((row, i) => {
      const cell = row.cells.outcome ?? '';
      const m = /^\s*(?:\*\*)?\s*(?:(?:safety |wellbeing )?(?:outcome|goal)\s*|O)(\d{1,3})\b\s*[:.)–—-]?\s*(.*)$/i.exec(cell);
      if (!m) return;
      const rated = leadingWord(row.cells.rating ?? '', lex.ratings)?.value;
      const r = t.rows[i];
      out.push({
        id: 'O' + +m[1], title: m[2].trim(), rating: rated === 'closed' ? undefined : rated, closed: rated === 'closed',
        hasRatingLine: ratingCol >= 0, heading: { depth: 7, text: cell, start: r.start, end: r.end }, end: r.end, form: 'table',
        ratingCell: ratingCol >= 0 && r.cells[ratingCol] ? { start: r.cells[ratingCol].start, end: r.cells[ratingCol].end } : undefined,
        evidence: row.cells.evidence ?? '',
      });
    });
  }
  return out.sort((a, b) => a.heading.start - b.heading.start);
}
