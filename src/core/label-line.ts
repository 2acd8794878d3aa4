/**
 * "Label:" lines, as minutes write them: at the start of a line, optionally as a list item ("- "),
 * the label in any case and optionally in bold ("**Date shared:** ..." or "**Date shared**: ...").
 * One reading for every such line: the distribution section's "Shared with:", "Date shared:" and
 * "Agreed by:", and an outcome's "Progress:" or "RAG:" rating.
 */

const OPEN = '[ \\t]*(?:[-*][ \\t]+)?(?:\\*\\*|__)?';
const CLOSE = '(?:\\*\\*|__)?[ \\t]*:';

function escape(label: string): string {
  return label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression source for a label line up to its colon; group 1 is the label as written. */
export function labelSource(labels: readonly string[]): string {
  return `${OPEN}(${labels.map(escape).join('|')})${CLOSE}`;
}

const finders = new Map<string, RegExp>();

export interface LabelAt {
  /** Offset in the text where the match starts (a line start, or the line break before it). */
  index: number;
  /** Offset just after the colon, and after a bold marker closing there ("**Date shared:**"): where a value goes. */
  end: number;
}

/** The first line of `text` that opens with one of `labels` (compared without case). */
export function findLabel(text: string, labels: readonly string[]): LabelAt | undefined {
  const key = labels.join('\n');
  let re = finders.get(key);
  if (!re) finders.set(key, (re = new RegExp(`(^|[\\r\\n])${labelSource(labels)}(?:\\*\\*|__)?`, 'i')));
  const m = re.exec(text);
  return m ? { index: m.index, end: m.index + m[0].length } : undefined;
}
