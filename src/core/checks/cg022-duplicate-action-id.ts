import type { Day } from '../dates';
import { dated, related } from '../messages/series';
import { foldWords } from '../text';
import type { RawFinding } from '../types';
import type { Check } from './check';

const messages = {
  inTable: (id: string) => `Action ID ${id} is used more than once in this table. Each action needs its own ID so it can be tracked.`,
  inSeries: (id: string, setOn: Day | undefined) =>
    `Action ID ${id} was already used in ${dated(setOn)} for a different action. Reusing an ID hides whether the first action was done.`,
};

/** CG022: an id used twice in the actions table, or used earlier in the series for a different action. */
export const duplicateActionId: Check = {
  code: 'CG022',
  name: 'duplicate-action-id',
  description: 'An action ID is used twice, or was used at an earlier meeting for a different action.',
  severity: 'error',
  dimension: 'Q',
  fixable: false,
  sections: ['actions'],
  run(ctx) {
    const out: RawFinding[] = [];
    const reported = new Set<string>();
    const seen = new Map<string, number>();
    for (const a of ctx.minutes.actions) {
      if (!a.id) continue;
      seen.set(a.id, (seen.get(a.id) ?? 0) + 1);
      if (seen.get(a.id) === 2 && !reported.has(a.id)) {
        reported.add(a.id);
        out.push({ subject: a.id, message: messages.inTable(a.id), range: ctx.range(a.span) });
      }
    }
    for (const a of ctx.minutes.actions) {
      if (!a.id || reported.has(a.id)) continue;
      for (const m of ctx.series.previous) {
        const earlier = m.actions.find((x) => x.id === a.id);
        if (!earlier || foldWords(earlier.wording) === foldWords(a.wording)) continue;
        reported.add(a.id);
        out.push({
          subject: a.id,
          message: messages.inSeries(a.id, m.meta.date),
          range: ctx.range(a.span),
          related: [{ path: m.doc.path, range: m.doc.lines.range(earlier.span.start, earlier.span.end), message: related.setHere }],
        });
        break;
      }
    }
    return out;
  },
};
