/** Working days and the England and Wales bank holidays, computed from their rules. */
import { strict as assert } from 'node:assert';
import { bankHolidays, easterSunday, WorkingCalendar } from '../../src/core/calendar';
import { dayFromParts, partsOf, toIso } from '../../src/core/dates';

const d = (iso: string) => {
  const [y, m, day] = iso.split('-').map(Number);
  return dayFromParts(y, m, day)!;
};

describe('calendar', () => {
  describe('easterSunday (the computus)', () => {
    const known: Record<number, string> = {
      2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16', 2029: '2029-04-01', 2030: '2030-04-21',
      // Edges of the Gregorian range: the earliest and latest possible Easters.
      1913: '1913-03-23', 2008: '2008-03-23', 1943: '1943-04-25', 2038: '2038-04-25',
    };
    for (const [year, iso] of Object.entries(known)) {
      it(`${year}: ${iso}, a Sunday`, () => {
        const e = easterSunday(Number(year));
        assert.equal(toIso(e), iso);
        assert.equal(partsOf(e).weekday, 0);
      });
    }
  });

  describe('bankHolidays (by rule: the gov.uk dates for 2025-2027)', () => {
    const known: Record<number, string[]> = {
      2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
      // Christmas on a Friday: Boxing Day (Saturday) is substituted on Monday 28th.
      2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
      // Christmas on a Saturday: Monday 27th and Tuesday 28th.
      2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
      // New Year's Day on a Saturday: Monday 3 January. Christmas on a Monday.
      2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
      // By rule (2022's one-offs, such as the Spring bank holiday moved to 2 June, belong in extraHolidays).
      // Christmas on a Sunday: Boxing Day Monday 26th, Christmas substituted on Tuesday 27th. New Year's Day on a Sunday: Monday 2nd.
      2022: ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-05-30', '2022-08-29', '2022-12-26', '2022-12-27'],
      2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
    };
    for (const [year, dates] of Object.entries(known)) {
      it(`${year}`, () => {
        assert.deepEqual(bankHolidays(Number(year)).map(toIso), dates);
      });
    }

    it('never falls on a weekend, and always has eight days, 1990-2100', () => {
      for (let y = 1990; y <= 2100; y++) {
        const days = bankHolidays(y);
        assert.equal(new Set(days).size, 8, `${y}`);
        for (const day of days) {
          const p = partsOf(day);
          assert.ok(p.weekday !== 0 && p.weekday !== 6, `${y}: ${toIso(day)} is a weekend`);
          assert.equal(p.year, y, `${y}: ${toIso(day)} belongs to another year`);
        }
      }
    });

    it('returns the same days however often it is asked (the cache is not corrupted by a caller)', () => {
      const first = bankHolidays(2026).map(toIso);
      const again = bankHolidays(2026).map(toIso);
      assert.deepEqual(again, first);
    });
  });

  describe('WorkingCalendar', () => {
    const cal = new WorkingCalendar();

    it('treats weekends and bank holidays as not working days', () => {
      assert.equal(cal.isWorkingDay(d('2026-11-21')), false); // Saturday
      assert.equal(cal.isWorkingDay(d('2026-11-22')), false); // Sunday
      assert.equal(cal.isWorkingDay(d('2026-11-23')), true);
      assert.equal(cal.isWorkingDay(d('2026-04-03')), false); // Good Friday
      assert.equal(cal.isWorkingDay(d('2026-04-06')), false); // Easter Monday
      assert.equal(cal.isWorkingDay(d('2026-12-28')), false); // Boxing Day substitute
      assert.equal(cal.isWorkingDay(d('2027-12-28')), false); // Boxing Day substitute
      assert.equal(cal.isWorkingDay(d('2027-12-24')), true);
    });

    it('counts working days after the first day up to and including the last', () => {
      assert.equal(cal.workingDaysBetween(d('2026-09-08'), d('2026-09-17')), 7); // the conformance case
      assert.equal(cal.workingDaysBetween(d('2026-10-01'), d('2026-10-20')), 13);
      assert.equal(cal.workingDaysBetween(d('2026-04-01'), d('2026-04-17')), 10); // over Easter
      assert.equal(cal.workingDaysBetween(d('2027-12-20'), d('2028-01-06')), 10); // over Christmas and New Year
      assert.equal(cal.workingDaysBetween(d('2026-10-01'), d('2026-10-01')), 0);
      assert.equal(cal.workingDaysBetween(d('2026-10-20'), d('2026-10-01')), 0); // backwards
    });

    it('adds extra one-off holidays from config', () => {
      const extra = new WorkingCalendar([d('2026-10-09')]);
      assert.equal(extra.isWorkingDay(d('2026-10-09')), false);
      assert.equal(cal.isWorkingDay(d('2026-10-09')), true);
      assert.equal(extra.workingDaysBetween(d('2026-10-01'), d('2026-10-16')), 10);
      assert.equal(cal.workingDaysBetween(d('2026-10-01'), d('2026-10-16')), 11);
    });

    it('counts a span across several years and ends', () => {
      const n = cal.workingDaysBetween(d('1900-01-01'), d('2200-12-31'));
      assert.ok(n > 70000 && n < 80000, String(n));
    });
  });
});
