/**
 * The status bar item for the open minutes: how many findings in each area of practice (the audit's
 * dimensions), in words, with a tooltip that says what selecting it does. Computed here, shown by
 * src/editor/status-bar.ts.
 */
import type { L10n } from '../l10n';
import { dimensionWords, statusWords } from '../messages/panel';
import type { Dimension } from '../types';

export interface StatusModel {
  text: string;
  tooltip: string;
  /** For screen readers: the whole sentence. */
  ariaLabel: string;
  counts: { dimension: Dimension; count: number }[];
}

const ORDER: readonly Dimension[] = ['Q', 'E', 'S', 'P'];

/** `l10n`: the language of the words (the editor passes vscode.l10n). */
export function statusModel(findings: readonly { dimension: Dimension }[], l10n: L10n): StatusModel {
  const T = statusWords(l10n);
  const areas = dimensionWords(l10n);
  const counts = ORDER.map((dimension) => ({ dimension, count: findings.filter((f) => f.dimension === dimension).length }));
  const some = counts.filter((c) => c.count > 0);
  if (some.length === 0) return { text: T.none, tooltip: T.noneTooltip, ariaLabel: T.noneTooltip, counts };
  const text = some.map((c) => T.short(c.dimension, c.count)).join(' · ');
  const sentence = T.sentence(findings.length, some.map((c) => T.long(c.count, areas[c.dimension])).join(', '));
  return { text: T.icon + ' ' + text, tooltip: sentence, ariaLabel: sentence, counts };
}
