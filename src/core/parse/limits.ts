/**
 * Keeps pathological input from hanging the parse. micromark-extension-gfm-table before 2.1.2 was
 * quadratic in a table's length (10,000 rows took 110 s); 2.1.2 is not, but no minutes hold more than
 * a few dozen rows, so rows past MAX_TABLE_ROWS in one run of table lines are blanked with spaces
 * before parsing (same length, so every offset stays true) and quietly not read.
 */

export const MAX_TABLE_ROWS = 5000;

export function guardHugeTables(text: string): string {
  // Fast exit: a text with fewer pipe lines than the limit cannot hold such a table.
  let pipes = 0;
  for (let i = text.indexOf('|'); i !== -1 && pipes <= MAX_TABLE_ROWS; i = text.indexOf('\n', i + 1) === -1 ? -1 : text.indexOf('|', text.indexOf('\n', i + 1))) pipes++;
  if (pipes <= MAX_TABLE_ROWS) return text;
  const lines = text.split('\n');
  let run = 0;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() !== '' && line.includes('|')) {
      run++;
      // The header and delimiter rows count too: keep MAX_TABLE_ROWS body rows.
      if (run > MAX_TABLE_ROWS + 2) {
        lines[i] = line.replace(/[^\r]/g, ' ');
        changed = true;
      }
    } else run = 0;
  }
  return changed ? lines.join('\n') : text;
}
