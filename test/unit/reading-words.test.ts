/**
 * The words of real minutes (real-minutes.md, principles 5 to 7): due dates and timescales as
 * written in England, people's roles as families and practitioners say them, an absent parent
 * considered, and what counts as empty. Each case is the reading a practitioner would expect; the
 * reference day is a meeting on Thursday 8 January 2026, passed in (never today).
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { Day, dayFromParts, toIso } from '../../src/core/dates';
import { lexiconFor } from '../../src/core/read/lexicon';
import { isConsidered, mentionWords, personKindOf } from '../../src/core/read/people';
import { isEmptyContent, isPlaceholder, isStockPhrase } from '../../src/core/read/placeholders';
import { readerFor } from '../../src/core/read/reader';
import { isMeasurable, readTimescale, Timescale } from '../../src/core/read/timescale';

const lex = readerFor(DEFAULT_CONFIG).lexicon;
const meeting = dayFromParts(2026, 1, 8)!;
const day = (y: number, m: number, d: number): Day => dayFromParts(y, m, d)!;
const read = (cell: string, ref: Day | undefined = meeting, forward = true): Timescale => readTimescale(cell, lex, ref, forward);
const iso = (t: Timescale) => (t.kind === 'date' ? toIso(t.day) : t.kind);

describe('reading: the words of real minutes', () => {
  describe('due dates as written in England', () => {
    const dates: [string, string][] = [
      ['12/01/2026', '2026-01-12'],
      ['12.01.2026', '2026-01-12'],
      ['12-01-26', '2026-01-12'],
      ['12/1/26', '2026-01-12'],
      ['12th January 2026', '2026-01-12'],
      ['Monday 12th January 2026', '2026-01-12'],
      ['2026-01-12', '2026-01-12'],
      ['Mon 12 Jan', '2026-01-12'],
      ['12 Jan', '2026-01-12'],
      ['By 30/01/2026', '2026-01-30'],
      ['Before 30 January 2026', '2026-01-30'],
      ['**30/01/2026**', '2026-01-30'],
      ['30/01/2026 <!-- agreed with Mum -->', '2026-01-30'],
    ];
    for (const [cell, want] of dates) it(`${JSON.stringify(cell)} is ${want}`, () => assert.equal(iso(read(cell)), want));

    it('day first, never month first: 03/02/2026 is 3 February', () => assert.equal(iso(read('03/02/2026')), '2026-02-03'));

    it('w/c (week commencing) is due by the Friday of that week', () => {
      for (const cell of ['w/c 12/01/2026', 'W/C 12.01.26', 'week commencing 12 January 2026', 'wc 12/01/2026', 'w/b 12/01/2026']) assert.equal(iso(read(cell)), '2026-01-16', cell);
    });

    it('a month alone is its last day, in the year nearest the meeting (forward for a new action)', () => {
      assert.equal(iso(read('March')), '2026-03-31');
      assert.equal(iso(read('end of February')), '2026-02-28');
      assert.equal(iso(read('By end of March 2027')), '2027-03-31');
      assert.equal(iso(read('December')), '2026-12-31', 'December after a January meeting is this December, not last');
    });

    it('a date without its year takes the year nearest the meeting, forward for a new action', () => {
      assert.equal(iso(read('Fri 20 Feb', day(2025, 12, 4))), '2026-02-20', 'February after a December meeting is next February');
      assert.equal(iso(read('3 Jan', meeting)), '2026-01-03', 'within a week before the meeting is this year');
      assert.equal(iso(read('20 Dec', meeting, false)), '2025-12-20', 'a reviewed action looks back as well');
    });

    it('relative timescales are counted from the meeting', () => {
      assert.equal(iso(read('within two weeks')), '2026-01-22');
      assert.equal(iso(read('within 2 weeks')), '2026-01-22');
      assert.equal(iso(read('immediately')), '2026-01-08');
      assert.equal(iso(read('today')), '2026-01-08');
    });

    it('meeting-relative timescales are measurable and have no date', () => {
      for (const cell of ['by next core group', 'Next core group', 'before the next meeting']) assert.equal(read(cell).kind, 'next-meeting', cell);
      assert.equal(read('by the review conference').kind, 'review-conference');
      assert.ok(isMeasurable(read('by next core group')));
    });

    it('recurring timescales are measurable but never one date', () => {
      for (const cell of ['Weekly', 'every Wednesday', 'Every two weeks', 'fortnightly', 'Daily until the review', 'Every Monday and Friday']) {
        const t = read(cell);
        assert.equal(t.kind, 'recurring', cell);
        assert.ok(isMeasurable(t), cell);
      }
    });

    it('words no one can be held to are unmeasurable', () => {
      for (const cell of ['Ongoing', 'on-going', 'ASAP', 'as soon as possible', 'As and when', 'throughout the plan', 'In due course']) {
        const t = read(cell);
        assert.equal(t.kind, 'unmeasurable', cell);
        assert.ok(!isMeasurable(t), cell);
      }
    });

    it('an empty cell, a dash or a placeholder is empty, not a timescale', () => {
      for (const cell of ['', ' ', '-', '–', '?', '…', '<!-- when? -->', 'xx']) assert.equal(read(cell).kind, 'empty', JSON.stringify(cell));
    });

    it('a date that does not exist is not read as one', () => {
      assert.notEqual(iso(read('31/02/2026')), '2026-03-03');
      assert.equal(read('31/02/2026').kind, 'unmeasurable');
    });
  });

  describe('roles as families and practitioners say them', () => {
    const kinds: [string, string][] = [
      ['Mum', 'parent'],
      ['Dad', 'parent'],
      ['Mam', 'parent'],
      ['Tad', 'parent'],
      ['Step-dad', 'parent'],
      ["Mum's partner", 'parent'],
      ['Foster carer', 'parent'],
      ['Kinship carer (maternal aunt)', 'parent'],
      ['Father (not in household)', 'parent'],
      ['Maternal grandmother', 'family'],
      ['Nan', 'family'],
      ['Nain', 'family'],
      ['Big sister (16)', 'family'],
      ['Paternal uncle', 'family'],
      ['Social worker', 'professional'],
      ['Family support worker', 'professional'],
      ['Social worker for Mum', 'professional'],
      ['Health visitor', 'professional'],
      ['Head of Year 7, Ysgol Bro Taf', 'professional'],
      ['DSL', 'professional'],
      ['', 'professional'],
    ];
    for (const [role, want] of kinds) it(`${JSON.stringify(role)} is ${want}`, () => assert.equal(personKindOf(role, lex), want));

    it("the team's own role words win over the built-in ones", () => {
      const own = lexiconFor({ roles: { family: ['Godmother'], professional: ['Nanny'] } });
      assert.equal(personKindOf('Godmother', own), 'family');
      assert.equal(personKindOf('Nanny (employed by the family)', own), 'professional');
    });
  });

  describe('an absent parent considered (CG031)', () => {
    const dad = mentionWords('Dean Price', 'Dad', lex);

    it('a sentence that only records the absence considers nothing', () => {
      assert.ok(!isConsidered('Dad did not attend.', dad, lex));
      assert.ok(!isConsidered('Dean Price sent apologies.', dad, lex));
      assert.ok(!isConsidered('Dean was not present at the meeting.', dad, lex));
      assert.ok(!isConsidered('Dean was not there.', dad, lex));
    });

    it('a sentence that names him and says more considers him', () => {
      assert.ok(isConsidered('Dean did not attend; Chris phoned him on 1 September and he agreed to the plan.', dad, lex));
      assert.ok(isConsidered("Dad's views were sought by phone before the meeting.", dad, lex));
    });

    it('a bare absence followed by a sentence about "he" counts with it', () => {
      assert.ok(isConsidered('Dad did not attend. He will be visited at home by the social worker on Friday.', dad, lex));
    });

    it('the surname alone does not name him (relatives share it)', () => {
      assert.ok(!isConsidered('Mrs Price explained the new tenancy to the group.', dad, lex));
    });
  });

  describe('placeholders are not content', () => {
    it('prompts, marks and form prompts count as empty', () => {
      for (const cell of ['?', '…', '...', '-', 'x', 'xx', 'TBC', 'tba', 'To follow', 'N/K', '[Name]', '[insert date]', '<name>', '{date}', 'Click or tap here to enter text.', '<!-- what did the child say? -->', '**TBC**']) {
        assert.ok(isPlaceholder(cell, lex), JSON.stringify(cell));
      }
    });

    it('real words, names and HTML with content are content', () => {
      for (const cell of ['Done', 'Mum', 'Yes', 'A7', '<a href="#o1">O1</a>', 'x-ray booked', 'TBC by Friday: Mum will ring']) assert.ok(!isPlaceholder(cell, lex), JSON.stringify(cell));
    });

    it('a stock phrase is empty in the analysis of safety and the child\'s voice only', () => {
      for (const line of ['No new concerns.', 'Nil', 'N/A', 'As above', 'As per previous minutes', 'No change']) assert.ok(isStockPhrase(line, lex), line);
      assert.ok(isEmptyContent('No new concerns.', lex, { stock: true }));
      assert.ok(!isEmptyContent('No new concerns.', lex), 'elsewhere it is an answer');
      assert.ok(!isStockPhrase('No new concerns were raised by school, who report K is settled.', lex));
    });

    it('a section of prompts, placeholders and blank lines is empty; one real sentence is not', () => {
      assert.ok(isEmptyContent('<!-- prompt -->\n\n- ?\n- TBC\n', lex));
      assert.ok(!isEmptyContent('<!-- prompt -->\n\nK said she likes her new school.\n', lex));
    });
  });
});
