/** A file's summary for the audit's tests: a set of minutes with nothing to count, `over` on top. */
import type { FileSummary } from '../../../src/core/audit';

export function mkSummary(path: string, over: Partial<FileSummary> = {}): FileSummary {
  return {
    path, isMinutes: true, problems: [], findings: [], absentProfessionals: { n: 0, withReport: 0 }, absentParents: { n: 0, considered: 0 },
    shared: true, overdue: [], drift: [], found: { attendance: true, actions: true, progress: true, distribution: true, voice: true },
    reviews: 'not-expected', openActions: 0, unreviewed: 0, overdueWithoutImpact: 0, outcomes: { n: 0, rated: 0 }, seen: false, seenAlone: false,
    unrecognised: { headings: [], columns: [] }, missingSections: [], nearest: [], nearestColumns: [], ...over,
  };
}
