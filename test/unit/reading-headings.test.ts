/**
 * Headings by meaning (real-minutes.md, principles 1 and 2). Every heading wording that
 * docs/vocabulary.md records from a real source resolves to its section out of the box (the test
 * reads them from the document, so the research and the vocabulary data cannot drift apart); the
 * few that are procedure sentences rather than headings, or whose reading the document settles
 * otherwise, are listed here with the reason. Then the rules one by one, and near misses.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, validateConfig } from '../../src/core/config';
import { CHECK_CODES } from '../../src/core/checks';
import { readerFor } from '../../src/core/read/reader';
import { repoRoot } from './helpers/fixtures';

const england = readerFor(DEFAULT_CONFIG);
const ids = (text: string, r = england, initials: string[] = []) => r.matcher.match(text, initials)?.ids ?? [];

/** Quoted wordings of docs/vocabulary.md, Part 2, "Sections", by the concept they are listed under. */
function sourceWordings(): [string, string][] {
  const doc = readFileSync(join(repoRoot(), 'docs', 'vocabulary.md'), 'utf8');
  const part = doc.slice(doc.indexOf('### Sections'), doc.indexOf('### Columns'));
  const out: [string, string][] = [];
  let concept: string | undefined;
  for (const line of part.split('\n')) {
    const head = /^\*\*([a-z-]+)\*\*/.exec(line);
    if (head) concept = head[1];
    else if (concept && line.startsWith('- ')) for (const m of line.matchAll(/"([^"]{3,120})"/g)) out.push([m[1], concept]);
  }
  return out;
}

/** Wordings that are not headings but sentences of a procedure, quoted for their words. */
const SENTENCES = new Set([
  'ensure that parents, and children where appropriate, are fully engaged',
  'review any completed assessments ... commissioned specialist assessments',
  'Safeguarding- consider whether any new [concerns]',
  'set out what needs to change, by how much, and by when',
  'what they are expected to have achieved by the next meeting',
  'denied access to the child and/or home is reported to ... the relevant social services manager',
  'must be sent to all the group members and lodged with the safeguarding unit',
  'shared with family and practitioner network',
  'Review',
]);

/** Readings docs/vocabulary.md (Part 3, "Ambiguities") settles otherwise out of the box. */
const SETTLED: Record<string, string> = {
  // 1: a heading of only those words is the review of the plan's outcomes.
  'Review of Child Protection Plan – ... check progress and/or any difficulties with all agreed actions in the plan': 'plan-progress',
  // 5: safety goals are the plan's outcomes only under the signs-of-safety pack.
  'Safety & wellbeing goals': 'safety',
  'Safety/Wellbeing Goals': 'safety',
  // 5: "What needs to happen?" is the analysis; it is also the revised plan when it holds the next steps (a part of its own).
  'What needs to happen?': 'safety',
};

describe('reading: headings by meaning', () => {
  describe('every heading wording recorded from a source (docs/vocabulary.md)', () => {
    const wordings = sourceWordings();
    it('finds the wordings in the document', () => assert.ok(wordings.length > 150, `${wordings.length} wordings`));
    for (const [text, concept] of wordings) {
      if (SENTENCES.has(text)) continue;
      const want = SETTLED[text] ?? concept;
      it(`${JSON.stringify(text)} -> ${want}`, () => assert.ok(ids(text).includes(want), `read as ${ids(text).join(' + ') || 'nothing'}`));
    }
  });

  describe('the rules', () => {
    const cases: [string, string[], string[]?][] = [
      // Numbering, case, punctuation, a trailing colon or question mark.
      ['3. Parents and carers', ['parents']],
      ['3) PARENTS AND CARERS:', ['parents']],
      ['Item 3: Review of actions', ['previous-actions']],
      ['(iv) Contingency plan', ['contingency']],
      // Small words, inflection, word order.
      ['Review of the child protection plan', ['plan-progress']],
      ['Review of Child Protection Plan', ['plan-progress']],
      ['Actions agreed', ['actions']],
      ['Agreed actions', ['actions']],
      ['Reviewing the plan', ['plan-progress']],
      // The child's name or initial, as written at the start, or as the front matter's initials.
      ["K's views", ['child-voice'], ['K', 'M']],
      ["[Name]'s voice", ['child-voice']],
      ["Jamie's wishes and feelings", ['child-voice']],
      ["Mum's views", ['parents']],
      ["Professionals' updates", ['updates']],
      // The part before a dash or colon decides when it names a section.
      ['Analysis – what needs to change and what is stopping outcomes being met', ['safety']],
      ['Steps needed – what, when and who by', ['actions']],
      // Asides in brackets name nothing.
      ['Revised plan and actions (proposed)', ['actions']],
      ['When and how L has been seen (alone and with family), and what L has said', ['child-voice'], ['L', 'B']],
      // One heading serving two sections.
      ['Engagement of the parents and the child', ['parents', 'child-voice']],
      ["The child's voice and the parents' views", ['child-voice', 'parents']],
      // A section written as several headings: each reads as that section.
      ['Present', ['attendance']],
      ['Apologies', ['attendance']],
      ['Worries', ['safety']],
      ['Existing strengths', ['safety']],
      // A word that points to one section, when no phrase names the heading.
      ['Outcomes achieved and evidence of impact', ['plan-progress']],
      ['When is the next core group?', ['next-meeting']],
    ];
    for (const [text, want, initials] of cases) it(`${JSON.stringify(text)} -> ${want.join(' + ')}`, () => assert.deepEqual(ids(text, england, initials), want));
  });

  describe('near misses that must not match', () => {
    for (const text of ['Presenting issues', 'Review of the child protection conference', 'Reasons for the child protection plan', 'Purpose of the meeting', 'Agree on minute taker', 'Any other business', 'Core group', 'Notes', 'Chair']) {
      it(`${JSON.stringify(text)} names no section`, () => assert.deepEqual(ids(text), []));
    }
  });

  describe('packs and settings', () => {
    it('wales: the core group tasks are the template (assessments are the network updates)', () => {
      const wales = readerFor(validateConfig({ procedure: 'wales' }, CHECK_CODES));
      assert.deepEqual(ids('Assessments completed and commissioned', wales), ['updates']);
      assert.deepEqual(ids('Access to the child and the home', wales), ['access']);
      assert.deepEqual(ids('Access to the child and the home'), []);
    });

    it('a team alias outranks the vocabulary, and a section the template leaves out is never matched', () => {
      const own = readerFor(validateConfig({ aliases: { sections: { 'previous-actions': ['Matters we carried'] } } }, CHECK_CODES));
      assert.deepEqual(ids('Matters we carried', own), ['previous-actions']);
      assert.deepEqual(ids('Matters we carried'), []);
      const noReview = readerFor(validateConfig({ sections: [{ id: 'attendance' }, { id: 'actions' }] }, CHECK_CODES));
      assert.deepEqual(ids('Review of previous actions', noReview), [], 'not read as the revised plan by its word "actions"');
    });
  });
});
