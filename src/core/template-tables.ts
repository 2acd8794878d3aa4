/** The tables of the template, as new minutes and quick fixes write them: header cells, and the lines of a table head. */

export const ATTENDANCE_HEADER: readonly string[] = ['Name', 'Role', 'Attended', 'Report'];
export const REVIEW_HEADER: readonly string[] = ['ID', 'Action', 'Owner', 'Due', 'Status', 'Update', 'Impact on the child'];
export const ACTIONS_HEADER: readonly string[] = ['ID', 'Action', 'Outcome', 'Owner', 'Due'];

/** A table cell as new minutes and the CP plan write one: pipes escaped, on one line. */
export function tableCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** The header row and the delimiter row of a table with these columns. */
export function tableHead(header: readonly string[]): [string, string] {
  return ['| ' + header.join(' | ') + ' |', '|' + header.map(() => '---').join('|') + '|'];
}
