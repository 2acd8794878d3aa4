/**
 * The shareable record of one meeting, computed from a MinutesAnalysis (./build.ts) and rendered
 * as Word (./render-docx.ts) or print-ready HTML (./render-html.ts). It holds what the practitioner
 * wrote, in template order, without prompt comments or placeholders, plus words of our own that
 * explain (meeting details' labels, notes on what was left out, the family version's explanations),
 * always kept apart from the practitioner's words: an export only leaves out and explains.
 */
import type { Rating } from '../read/outcomes';

export type Audience = 'professionals' | 'family';
export type ExportFormat = 'docx' | 'html';

export interface Marks {
  strong?: boolean;
  em?: boolean;
  strike?: boolean;
  code?: boolean;
}

/** A piece of a line: text as written, a line break, a rating (its word, shown with its colour), or an explanation of ours. */
export type Inline =
  | ({ kind: 'text'; text: string } & Marks)
  | { kind: 'break' }
  | { kind: 'rating'; rating: Rating; text: string }
  | { kind: 'explain'; text: string };

export type Block =
  | { kind: 'paragraph'; content: Inline[] }
  /** A heading inside a section: level 1 is just below the section's own title. */
  | { kind: 'heading'; level: number; content: Inline[]; outcome?: string }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  /** `columns`: what each column was read as (id, action, owner, due, rating, ...), for the family version. */
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][]; columns: (string | undefined)[] }
  | { kind: 'quote'; blocks: Block[] }
  /** Words of ours (never the practitioner's): "Nothing was recorded here." */
  | { kind: 'note'; text: string };

export interface ExportSection {
  /** The template section's id, or a family group's id, or `other`. */
  id: string;
  title: string;
  /** written: it holds something; empty: the heading is there with nothing under it; missing: a required section is not in the minutes. */
  state: 'written' | 'empty' | 'missing';
  blocks: Block[];
  /** The family version's groups hold sections. */
  children?: ExportSection[];
}

export interface Detail {
  label: string;
  value: string;
}

export interface ExportDocument {
  audience: Audience;
  title: string;
  /** The meeting details, for the header block. */
  details: Detail[];
  /** The family version's explanation of what a core group is and what the plan is for (our words). */
  intro: { heading: string; paragraphs: string[] }[];
  sections: ExportSection[];
  /** Sentences saying what this copy leaves out, and (family) how it explains. */
  notes: string[];
  /** Short forms written out in this copy (family version). */
  glossary: { term: string; meaning: string }[];
  footer: string;
  /** What was left out while reading (counted for the notes). */
  left: LeftOut;
  /** The version stamp of the minutes' content (./stamp.ts): the same for every format and audience. */
  stamp: string;
}

/** What was left out while reading, counted for the notes. */
export interface LeftOut {
  prompts: number;
  placeholders: number;
  images: number;
  /** The ids of the sections placeholders were left out of, in the copy's order (`other` for "Also in these minutes"). */
  placeholdersIn?: string[];
}

/** Plain text of a line's pieces (explanations included only when asked). */
export function textOf(content: readonly Inline[], withExplanations = false): string {
  let out = '';
  for (const i of content) {
    if (i.kind === 'break') out += '\n';
    else if (i.kind !== 'explain' || withExplanations) out += i.text;
  }
  return out;
}

/** Adjacent text pieces with the same marks as one piece, so re-wrapped lines read the same. */
export function mergeRuns(content: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of content) {
    const last = out[out.length - 1];
    if (i.kind === 'text' && last?.kind === 'text' && !!last.strong === !!i.strong && !!last.em === !!i.em && !!last.strike === !!i.strike && !!last.code === !!i.code) {
      out[out.length - 1] = { ...last, text: last.text + i.text };
    } else if (i.kind !== 'text' || i.text !== '') out.push(i);
  }
  return out;
}
