/**
 * Where each check's own section starts in docs/checks.md: the line of its `<a id="cg010"></a>` anchor
 * (written by `npm run generate`), so "Learn more" opens that section rather than the top of the file.
 */
import { splitLines } from './text';

/** Check code (CG010) -> 0-based line of its anchor. */
export function checkAnchorLines(docsText: string): Map<string, number> {
  const out = new Map<string, number>();
  splitLines(docsText).forEach((line, i) => {
    const m = /^<a id="(cg\d{3})"><\/a>\s*$/i.exec(line);
    if (m && !out.has(m[1].toUpperCase())) out.set(m[1].toUpperCase(), i);
  });
  return out;
}
