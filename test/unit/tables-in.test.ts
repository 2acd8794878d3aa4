/**
 * tablesIn (src/core/read/tables.ts) finds a span's tables by halving, the tables being in document
 * order: it must give what reading them all gives, for any spans (several, overlapping, unsorted).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { TableInfo } from '../../src/core/parse/model';
import { tablesIn } from '../../src/core/read/tables';

const table = (start: number, end: number): TableInfo => ({ start, end, header: [], rows: [] });

describe('tablesIn', () => {
  it('gives the tables wholly inside any of the spans, in document order, each once', () => {
    const tables = fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 30 }).map((lengths) => {
      let at = 0;
      return lengths.map((n) => table((at += 2), (at += n)));
    });
    const span = fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 300 })).map(([start, n]) => ({ start, end: start + n }));
    fc.assert(
      fc.property(tables, fc.array(span, { maxLength: 4 }), (ts, spans) => {
        const expected = ts.filter((t) => spans.some((s) => t.start >= s.start && t.end <= s.end));
        assert.deepEqual(tablesIn(ts, spans), expected);
      }),
      { numRuns: 2000, seed: 20261202 },
    );
  });
});
