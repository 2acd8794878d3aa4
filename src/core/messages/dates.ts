/** Dates in words, in the language of the editor: "23 October 2026", "October 2026", "Oct 2026". */
import { Day, partsOf } from '../dates';
import { type L10n, wordsOf } from '../l10n';

export const dateWords = wordsOf((l10n: L10n) => {
  const months = [
    l10n.t('January'), l10n.t('February'), l10n.t('March'), l10n.t('April'), l10n.t('May'), l10n.t('June'),
    l10n.t('July'), l10n.t('August'), l10n.t('September'), l10n.t('October'), l10n.t('November'), l10n.t('December'),
  ];
  return {
    months,
    /** `month`: 1 to 12. */
    long: (day: number, month: number, year: number) => l10n.t('{0} {1} {2}', day, months[month - 1], year),
    monthYear: (month: number, year: number | string) => l10n.t('{0} {1}', months[month - 1], year),
  };
});

/** "23 October 2026" in the language of `l10n`. */
export function longDay(day: Day, l10n?: L10n): string {
  const p = partsOf(day);
  return dateWords(l10n).long(p.day, p.month, p.year);
}

/** "2026-10-23" as "23 October 2026" in the language of `l10n`. */
export function longIso(iso: string, l10n?: L10n): string {
  return dateWords(l10n).long(+iso.slice(8, 10), +iso.slice(5, 7), +iso.slice(0, 4));
}
