/**
 * A GFM table read by meaning: each header is matched to a column of the vocabulary ("Who is
 * responsible" is the owner, "What difference has it made for A?" the impact on the child). The
 * first header to take a column keeps it; unrecognised headers are kept, so a finding can name them.
 */
import type { Span, TableInfo } from '../parse/model';
import type { PhraseIndex } from './phrase-index';

export interface ReadRow<C extends string> {
  cells: Partial<Record<C, string>>;
  span: Span;
  /** Each cell's span, by column, for ranges and inserts. */
  cellSpans: Partial<Record<C, Span>>;
}

export interface ReadTable<C extends string> {
  table: TableInfo;
  /** The column each header is read as (undefined: not recognised). */
  columns: (C | undefined)[];
  rows: ReadRow<C>[];
  unrecognised: string[];
}

/** Headers made only of small words, which the phrase index cannot read ("By", "#", "No."). */
export type BareHeaders = Readonly<Record<string, string>>;

/** The column each header is read as: the first header to take a column keeps it. */
export function columnsOf<C extends string>(
  headers: readonly string[],
  index: PhraseIndex<C>,
  initials: readonly string[] = [],
  bare: BareHeaders = {},
  keywords: ReadonlyMap<string, readonly string[]> = new Map(),
): (C | undefined)[] {
  const taken = new Set<C>();
  return headers.map((h): C | undefined => {
    const text = h.trim();
    const plain = text.toLowerCase().replace(/[^\p{L}\p{N}#]+/gu, '');
    if (bare[plain] && index.fold(text, initials).set.size === 0) return claim(bare[plain] as C);
    if (text === '#') return claim('id' as C);
    const match = index.match(text, initials).find((m) => !taken.has(m.target));
    if (match) return claim(match.target);
    // "Progress / RAG", "Role or relationship": the first part that names a column.
    const parts = text.split(/\s*(?:\/|&|\+|\bor\b|\band\b|\(|\))\s*/i).filter((p) => p.trim() !== '');
    for (const part of parts.length > 1 ? parts : []) {
      const m = index.match(part, initials).find((x) => !taken.has(x.target));
      if (m) return claim(m.target);
    }
    // No phrase names it: a word that points to one column ("Child-centred outcome" is the outcome).
    const known = index.targets();
    for (const st of index.fold(text, initials).stems) {
      const c = keywords.get(st)?.find((k) => known.has(k as C) && !taken.has(k as C));
      if (c) return claim(c as C);
    }
    return undefined;
  });
  function claim(c: C): C | undefined {
    if (taken.has(c)) return undefined;
    taken.add(c);
    return c;
  }
}

export function readTable<C extends string>(
  table: TableInfo,
  index: PhraseIndex<C>,
  initials: readonly string[] = [],
  bare: BareHeaders = {},
  keywords: ReadonlyMap<string, readonly string[]> = new Map(),
): ReadTable<C> {
  const columns = columnsOf(table.header.map((h) => h.text), index, initials, bare, keywords);
  const rows = table.rows.map((r): ReadRow<C> => {
    const cells: Partial<Record<C, string>> = {};
    const cellSpans: Partial<Record<C, Span>> = {};
    columns.forEach((c, i) => {
      if (!c) return;
      cells[c] = r.cells[i]?.text ?? '';
      if (r.cells[i]) cellSpans[c] = { start: r.cells[i].start, end: r.cells[i].end };
    });
    return { cells, span: { start: r.start, end: r.end }, cellSpans };
  });
  const unrecognised = table.header.filter((_, i) => columns[i] === undefined && table.header[i].text.trim() !== '').map((h) => h.text.trim());
  return { table, columns, rows, unrecognised };
}

/** Tables that lie within any of `spans`. */
export function tablesIn(tables: readonly TableInfo[], spans: readonly Span[]): TableInfo[] {
  // The tables are in document order: each span's are found by halving, not by reading them all
  // (a text of thousands of headings and tables would otherwise cost their product).
  const found = new Set<number>();
  for (const s of spans) {
    let lo = 0;
    let hi = tables.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tables[mid].start < s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tables.length && tables[i].start < s.end; i++) if (tables[i].end <= s.end) found.add(i);
  }
  return [...found].sort((a, b) => a - b).map((i) => tables[i]);
}
