/**
 * "Label:" lines, as minutes write them: the one reading of a line that opens with a label, whichever
 * label it is. At the start of the line, after any spaces (tabs, no-break spaces) and optionally as a
 * list item ("- ", "* ", "+ "), a label of letters, spaces, apostrophes, slashes and hyphens (2 to 41
 * characters, starting with a letter), optionally in bold ("**Date shared:** ..." or
 * "**Date shared**: ..."), then a colon. The caller decides what the label means: the distribution
 * section's "Date shared:" and "Shared with:" (record.ts), the sharing record's "Version shared:"
 * (export/share.ts), attendance's "Present:" and "Apologies:" (read/attendance.ts).
 *
 * Other readings are deliberately other: a label line that stands for a section heading
 * (`SECTION_LABEL` below: no list item, "&" and brackets allowed, up to 61 characters, something
 * after the colon or nothing); an outcome's rating line (read/outcomes.ts: the lexicon's rating
 * labels, followed by "=", a dash or "is" as well as a colon); and the export's "Label: value"
 * lines (export/blocks.ts, which only sets text out, and export/family.ts, which sorts the analysis
 * of safety into the family version's groups by the words before a colon).
 */

const SPACE = '[^\\S\\r\\n]';
const BOLD = '(?:\\*\\*|__)?';
const LINE_LABEL = new RegExp(`^${SPACE}*(?:[-*+]${SPACE}+)?${BOLD}([A-Za-z][A-Za-z '’/-]{1,40}?)${BOLD}${SPACE}*:${BOLD}`);

export interface LineLabel {
  /** The label as written, without bold markers or the colon. */
  label: string;
  /** Offset in the line just after the colon, and after a bold marker closing there: where the value starts. */
  valueAt: number;
}

/** The label a line opens with, if it opens with one. */
export function lineLabel(line: string): LineLabel | undefined {
  const m = LINE_LABEL.exec(line);
  return m ? { label: m[1], valueAt: m[0].length } : undefined;
}

/** A line that names a section by a label ("Child's views: ...", "**Next meeting:**"), read as that section's heading. */
export const SECTION_LABEL = /^ {0,3}(?:\*\*|__)?([A-Za-z][A-Za-z '’/&()-]{1,60}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?:[ \t]|$)/;
