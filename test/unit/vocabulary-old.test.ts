/** The words of the format: status words, attendance, people's kinds, columns, headings, ratings. */
import { strict as assert } from 'node:assert';
// (section heading tests moved to reading tests)
import { foldWords, hasWholeWords, stripComments } from '../../src/core/text';
import { attendanceOf, columnOf, isClosedStatus, parentWordsIn, personKindOf, RATING_LINE, statusOf } from '../../src/core/vocabulary';

describe('vocabulary', () => {
  describe('statusOf', () => {
    const cases: Record<string, string> = {
      Done: 'done', 'done.': 'done', 'Done – letter sent 20/09': 'done', 'Done - referred': 'done', COMPLETE: 'done', 'Completed 12/10': 'done', Achieved: 'done',
      'In progress': 'in progress', 'in  progress': 'in progress', Ongoing: 'in progress', 'Partly done': 'in progress', 'Started 1/10': 'in progress',
      'Not started': 'not started', 'Not done': 'not started', 'not done – no places': 'not started', Outstanding: 'not started',
      'Carried forward': 'carried forward', 'carried forward to next meeting': 'carried forward',
      'No longer needed': 'closed', Withdrawn: 'closed',
      '': 'unknown', TBC: 'unknown', 'Waiting for panel': 'unknown', Undone: 'unknown', Doneish: 'unknown', 'Nearly done': 'unknown', 'N/A': 'unknown',
    };
    for (const [cell, want] of Object.entries(cases)) it(`${JSON.stringify(cell)} is ${want}`, () => assert.equal(statusOf(cell), want));

    it('done and closed are closed; the others are open', () => {
      assert.deepEqual(['done', 'closed', 'in progress', 'not started', 'carried forward', 'unknown'].map((s) => isClosedStatus(s as never)), [true, true, false, false, false, false]);
    });
  });

  describe('attendanceOf', () => {
    for (const cell of ['Yes', 'y', 'Present', 'attended', 'Yes (by phone)', 'YES']) it(`${cell} is present`, () => assert.equal(attendanceOf(cell), 'present'));
    for (const cell of ['No', 'n', 'Absent', 'Apologies', 'Sent apologies', 'Did not attend', 'DNA', 'dna', 'No – unwell']) it(`${cell} is absent`, () => assert.equal(attendanceOf(cell), 'absent'));
    for (const cell of ['', '?', 'Not known', 'Yesterday', 'Nobody']) it(`${JSON.stringify(cell)} is unknown`, () => assert.equal(attendanceOf(cell), 'unknown'));
  });

  describe('personKindOf', () => {
    const cases: Record<string, string> = {
      Mother: 'parent', 'Father (by phone)': 'parent', Stepfather: 'parent', stepmother: 'parent', 'Step-parent': 'parent', Parent: 'parent',
      'Foster carer': 'parent', 'Special guardian': 'parent', "Child's father": 'parent', 'Kinship carer': 'parent',
      Grandmother: 'family', 'Maternal grandfather': 'family', Grandparent: 'family', Aunt: 'family', Uncle: 'family', Sibling: 'family',
      'Older brother': 'family', Sister: 'family', Cousin: 'family', 'Family friend': 'family', Child: 'family', 'Young person': 'family',
      'Social Worker': 'professional', 'Health Visitor': 'professional', 'Team Manager (chair)': 'professional', Police: 'professional', GP: 'professional',
      'Young carers worker': 'professional', 'Godmother': 'professional', '': 'professional', 'Motherhood support': 'professional',
    };
    for (const [role, want] of Object.entries(cases)) it(`${JSON.stringify(role)} is ${want}`, () => assert.equal(personKindOf(role), want));

    it('matches whole words: a stepfather is not a father, a grandmother is not a mother', () => {
      assert.deepEqual(parentWordsIn('Stepfather'), ['stepfather']);
      assert.deepEqual(parentWordsIn('Father'), ['father']);
      assert.deepEqual(parentWordsIn('Grandmother'), []);
      assert.deepEqual(parentWordsIn('Foster carer and mother'), ['mother', 'carer']);
    });
  });

  describe('columnOf', () => {
    const cases: Record<string, string | undefined> = {
      Name: 'name', Attendee: 'name', Role: 'role', Agency: 'role', Relationship: 'role', Attended: 'attended', Present: 'attended', Attendance: 'attended',
      Report: 'report', 'Report received': 'report', ID: 'id', Ref: 'id', No: 'id', '#': 'id', Action: 'action', Task: 'action', What: 'action',
      Outcome: 'outcome', 'Plan outcome': 'outcome', 'Links to': 'outcome', Owner: 'owner', Who: 'owner', Responsible: 'owner', Lead: 'owner',
      Due: 'due', 'By when': 'due', Timescale: 'due', Deadline: 'due', Status: 'status', Progress: 'status', Update: 'update', Comment: 'update',
      'Progress update': 'update', 'Impact on the child': 'impact', 'Impact on child': 'impact', Impact: 'impact', 'IMPACT ON THE CHILD:': 'impact',
      Notes: undefined, '': undefined,
    };
    for (const [header, want] of Object.entries(cases)) it(`${JSON.stringify(header)} -> ${want}`, () => assert.equal(columnOf(header), want));
  });

  describe('text helpers', () => {
    it('foldWords ignores case, punctuation, apostrophes and spacing', () => {
      assert.equal(foldWords("Book P’s  dental check-up."), foldWords("book p's dental check up"));
      assert.notEqual(foldWords('Arrange a family group conference'), foldWords('Arrange family group conference'));
    });

    it('hasWholeWords', () => {
      assert.equal(hasWholeWords('We escalated A12 to the manager', 'A1'), false);
      assert.equal(hasWholeWords('We escalated a1, then A2', 'A1'), true);
      assert.equal(hasWholeWords('anything', ''), false);
    });

    it('stripComments keeps length and line breaks', () => {
      const t = 'a <!-- b\nc --> d';
      const s = stripComments(t);
      assert.equal(s.length, t.length);
      assert.equal(s.split('\n').length, 2);
      assert.equal(s.replace(/\s+/g, ' '), 'a d');
    });
  });

  describe('RATING_LINE', () => {
    const rating = (line: string) => {
      const m = RATING_LINE.exec(line);
      return m ? (m[2] ?? '').toLowerCase() || 'none' : 'no line';
    };
    it('reads the rating of Progress: and RAG: lines', () => {
      assert.equal(rating('Progress: Amber'), 'amber');
      assert.equal(rating('RAG: green'), 'green');
      assert.equal(rating('**Progress:** Red'), 'red');
      assert.equal(rating('__RAG:__ Amber'), 'amber');
      assert.equal(rating('- Progress: amber'), 'amber');
      assert.equal(rating('Progress: Amber/Green'), 'amber');
    });
    it('finds a Progress: line without a rating', () => {
      assert.equal(rating('Progress:'), 'none');
      assert.equal(rating('Progress: '), 'none');
      assert.equal(rating('Progress: Purple'), 'none');
      assert.equal(rating('Progress: Reddish'), 'none');
      assert.equal(rating('Progress:TBC'), 'none');
    });
    it('is not fooled by other lines', () => {
      assert.equal(rating('Progress update: Red'), 'no line');
      assert.equal(rating('The progress: Red'), 'no line');
    });
  });
});
