/** Reading dates and timescales as the format describes them. */
import { strict as assert } from 'node:assert';
import { dateFromYaml, dayFromParts, parseDate, parseDateAtStart, parseTimescale, partsOf, toIso, toLong } from '../../src/core/dates';

const iso = (day: number | undefined) => (day === undefined ? undefined : toIso(day));

describe('dates', () => {
  describe('dayFromParts / partsOf', () => {
    it('round-trips days, with exact arithmetic', () => {
      const a = dayFromParts(2026, 12, 31)!;
      assert.equal(toIso(a + 1), '2027-01-01');
      assert.deepEqual(partsOf(dayFromParts(2028, 2, 29)!), { year: 2028, month: 2, day: 29, weekday: 2 });
      assert.equal(dayFromParts(1970, 1, 1), 0);
    });

    it('rejects impossible and out-of-range dates', () => {
      for (const [y, m, day] of [[2026, 2, 29], [2026, 2, 30], [2026, 13, 1], [2026, 0, 10], [2026, 4, 31], [2026, 1, 0], [1899, 12, 31], [2201, 1, 1], [2026.5, 1, 1]]) {
        assert.equal(dayFromParts(y, m, day), undefined, `${y}-${m}-${day}`);
      }
      assert.notEqual(dayFromParts(2028, 2, 29), undefined);
    });
  });

  describe('parseDate (a whole value)', () => {
    const good: Record<string, string> = {
      '2026-12-01': '2026-12-01',
      ' 2026-12-01 ': '2026-12-01',
      '2026-1-5': '2026-01-05',
      '01/12/2026': '2026-12-01', // UK order
      '1/2/2026': '2026-02-01',
      '1 Dec 2026': '2026-12-01',
      '1 December 2026': '2026-12-01',
      '1 dec. 2026': '2026-12-01',
      '12 Sept 2026': '2026-09-12',
      '01/12/2026.': '2026-12-01',
    };
    for (const [text, want] of Object.entries(good)) it(`reads ${JSON.stringify(text)}`, () => assert.equal(iso(parseDate(text)), want));

    const bad = ['10th of December', '10th December 2026', 'December 1 2026', '2026/12/01', '12-01-2026', '31/02/2026', '2026-02-30', '32 Dec 2026', '1 Decem 2026', '1 De 2026', '', 'next core group', '2026-12-01 at 10am', '20261201', '2026-12-011'];
    for (const text of bad) it(`does not read ${JSON.stringify(text)}`, () => assert.equal(parseDate(text), undefined));
  });

  describe('parseDateAtStart', () => {
    it('reads a date followed by more text', () => {
      assert.equal(iso(parseDateAtStart('2026-12-01 at 10am')), '2026-12-01');
      assert.equal(iso(parseDateAtStart('15 October 2026, 10am, at school')), '2026-10-15');
      assert.equal(iso(parseDateAtStart('01/12/2026 (by email)')), '2026-12-01');
      assert.equal(parseDateAtStart('On 2026-12-01'), undefined);
      assert.equal(parseDateAtStart('2026-12-0123'), undefined);
    });
  });

  describe('dateFromYaml', () => {
    it('accepts a Date the YAML parser made, or a string in any form', () => {
      assert.equal(iso(dateFromYaml(new Date(Date.UTC(2026, 10, 20)))), '2026-11-20');
      assert.equal(iso(dateFromYaml('20/11/2026')), '2026-11-20');
      assert.equal(dateFromYaml(20261120), undefined);
      assert.equal(dateFromYaml(null), undefined);
      assert.equal(dateFromYaml(new Date('not a date')), undefined);
      assert.equal(dateFromYaml(['2026-11-20']), undefined);
    });
  });

  describe('parseTimescale (a Due cell)', () => {
    it('reads dates, "next core group" and empty cells', () => {
      assert.deepEqual(parseTimescale('2026-12-01'), { kind: 'date', day: dayFromParts(2026, 12, 1) });
      assert.deepEqual(parseTimescale('1 Dec 2026 (panel)'), { kind: 'date', day: dayFromParts(2026, 12, 1) });
      for (const t of ['Next core group', 'next meeting', 'By next core group', 'by the next meeting', 'NEXT CORE GROUP (Dec)']) assert.deepEqual(parseTimescale(t), { kind: 'next-meeting' }, t);
      for (const t of ['', '  ', '-', '–']) assert.deepEqual(parseTimescale(t), { kind: 'empty' }, JSON.stringify(t));
    });

    it('finds timescales that cannot be measured', () => {
      for (const t of ['Ongoing', 'ASAP', 'tbc', 'w/c 12 Oct', 'End of term', 'next week', '2026-13-01', 'Before the next core group']) {
        assert.equal(parseTimescale(t).kind, 'unmeasurable', t);
      }
    });
  });

  it('toLong writes the date as messages do', () => {
    assert.equal(toLong(dayFromParts(2026, 10, 23)!), '23 October 2026');
  });
});
