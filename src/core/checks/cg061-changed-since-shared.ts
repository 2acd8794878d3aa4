import { Day, toLong } from '../dates';
import { buildExport } from '../export/build';
import { lastSharedVersion } from '../export/share';
import type { Check } from './check';

const messages = {
  changed: (date: Day | undefined) =>
    `The minutes have changed since ${date === undefined ? 'they were last shared' : `they were shared on ${toLong(date)}`}; share the new version and record it, so that the family and the network work from the same record.`,
};

/**
 * CG061: the distribution section records a version stamp of what was shared, and the minutes'
 * content has changed since (docs/export.md says what counts as a change). Minutes without a
 * stamp are not judged.
 */
export const changedSinceShared: Check = {
  code: 'CG061',
  name: 'changed-since-shared',
  description: 'The minutes have changed since the version recorded as shared.',
  severity: 'warning',
  dimension: 'Q',
  fixable: false,
  sections: ['distribution'],
  run(ctx) {
    const shared = lastSharedVersion(ctx.minutes);
    if (!shared) return [];
    if (buildExport(ctx).stamp === shared.stamp) return [];
    return [{ subject: 'distribution', message: messages.changed(shared.date), range: ctx.range(shared) }];
  },
};
