/** The parsed form of one Markdown file, before any configuration is applied. */
import type { LineIndex } from '../text';

export interface Span {
  start: number;
  end: number;
}

export interface HeadingInfo extends Span {
  depth: number;
  text: string;
}

export interface CellInfo extends Span {
  text: string;
}

export interface RowInfo extends Span {
  cells: CellInfo[];
}

export interface TableInfo extends Span {
  header: CellInfo[];
  rows: RowInfo[];
}

/**
 * A top-level block the reader of real minutes looks into: paragraphs (bold-line headings, "Present:"
 * lines) and lists (attendees, actions as a list), with each list item's span.
 */
export interface BlockInfo extends Span {
  type: 'paragraph' | 'list';
  ordered?: boolean;
  /** List items, from their marker to the end of their content. */
  items?: Span[];
}

export type FileKind = 'minutes' | 'plan' | 'other';

export interface FrontMatterInfo extends Span {
  /** The YAML text between the fences. */
  raw: string;
  /** Offset of the YAML text in the file. */
  rawStart: number;
  /** Parsed keys, or null when the YAML is invalid. */
  data: Record<string, unknown> | null;
  error?: { message: string; span: Span };
}

export interface ParsedDoc {
  path: string;
  text: string;
  lines: LineIndex;
  kind: FileKind;
  frontMatter?: FrontMatterInfo;
  headings: HeadingInfo[];
  tables: TableInfo[];
  /** Top-level paragraphs and lists, in order. */
  blocks: BlockInfo[];
  /** Set when the Markdown could not be read at all (the analysis then reports it instead of crashing); the error's name only. */
  parseError?: string;
  /** Where reading stopped: the text from here on holds more structure than is read (./limits.ts). */
  notReadFrom?: number;
  /** A file in another encoding, read as UTF-8, so nothing was read; `kind` is what its type line says. */
  encoding?: { name: 'UTF-16'; kind: FileKind };
}
