/** The words the Markdown preview adds to core group minutes: the meeting details' labels and the rating badges. */
import { type L10n, wordsOf } from '../l10n';

export const previewWords = wordsOf((l10n: L10n) => ({
  caption: l10n.t('Meeting details'),
  child: l10n.t('Child'),
  date: l10n.t('Date of the meeting'),
  meeting: l10n.t('Core group meeting'),
  first: l10n.t('1 (the first after the initial conference)'),
  icpc: l10n.t('Initial child protection conference'),
  chair: l10n.t('Chair'),
  chairWithRole: (name: string, role: string) => l10n.t('{0} ({1})', name, role),
  area: l10n.t('Area'),
  team: l10n.t('Team'),
  status: l10n.t('Status'),
  draft: l10n.t('Draft: not yet agreed'),
  shared: l10n.t('Shared'),
  previous: l10n.t('Previous minutes'),
  plan: l10n.t('CP plan'),
  noDate: l10n.t('not recorded'),
  problem: l10n.t('Front matter'),
  invalid: l10n.t('The details at the top of these minutes could not be read (the YAML is not valid), so they are not shown.'),
  ratings: { red: l10n.t('Red'), amber: l10n.t('Amber'), green: l10n.t('Green') } as const,
  ratingAria: (r: string) => l10n.t('Rating: {0}', r),
}));
