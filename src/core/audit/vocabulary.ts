/**
 * The headings and columns the reader did not recognise across the audited minutes, most frequent
 * first, and a `.coregroup.json` a team could start from. A heading goes into the suggestion only
 * where it stood in the place of exactly one missing section (./readings.ts); a column only where
 * it is the one unrecognised column of a table that lacks exactly one of the columns it needs
 * (action, owner, due; in the review: action, status, impact). Suggestions are never applied.
 */
import type { FileSummary, Unrecognised } from './model';

function ranked<T>(counts: Map<string, { item: T; files: number }>): (T & { files: number })[] {
  return [...counts.values()]
    .sort((a, b) => b.files - a.files || JSON.stringify(a.item).localeCompare(JSON.stringify(b.item)))
    .map((e) => ({ ...e.item, files: e.files }));
}

export function unrecognisedOf(minutes: readonly FileSummary[]): Unrecognised {
  const headings = new Map<string, { item: { text: string }; files: number }>();
  const columns = new Map<string, { item: { section: string; header: string }; files: number }>();
  const pairs = new Map<string, { item: { section: string; heading: string }; files: number }>();
  const columnPairs = new Map<string, { item: { column: string; header: string }; files: number }>();
  const bump = <T>(map: Map<string, { item: T; files: number }>, key: string, item: T) => {
    const e = map.get(key) ?? { item, files: 0 };
    e.files++;
    map.set(key, e);
  };
  for (const s of minutes) {
    for (const text of new Set(s.unrecognised.headings)) bump(headings, text.toLowerCase(), { text });
    const cols = new Map(s.unrecognised.columns.map((c) => [`${c.section}\u0000${c.header.toLowerCase()}`, c]));
    for (const [key, c] of cols) bump(columns, key, { section: c.section, header: c.header });
    for (const p of s.nearest) bump(pairs, `${p.section}\u0000${p.heading.toLowerCase()}`, { section: p.section, heading: p.heading });
    for (const p of s.nearestColumns) bump(columnPairs, `${p.column}\u0000${p.header.toLowerCase()}`, { column: p.column, header: p.header });
  }
  const sections: Record<string, string[]> = {};
  for (const p of ranked(pairs)) (sections[p.section] ??= []).push(p.heading);
  const suggestedColumns: Record<string, string[]> = {};
  for (const p of ranked(columnPairs)) (suggestedColumns[p.column] ??= []).push(p.header);
  return {
    headings: ranked(headings),
    columns: ranked(columns),
    suggestedConfig: { aliases: { sections, columns: suggestedColumns } },
  };
}
