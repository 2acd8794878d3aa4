/** The export model: what goes in, what is left out, the family version's wording, and the version stamp. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MinutesAnalysis } from '../../src/core/analyse';
import { exportModel } from '../../src/core/export';
import { longDates } from '../../src/core/export/blocks';
import { Block, ExportDocument, ExportSection, Inline, textOf } from '../../src/core/export/model';
import ACRONYMS from '../../src/core/export/acronyms.json';
import { exportText } from '../../src/core/messages/export';
import { analyserFor } from './helpers/analyser';
import { MemoryReader } from './helpers/memory-reader';

const FIXTURE = resolve(__dirname, '../../../test/fixtures/export/2026-11-20-core-group.md');
const PATH = '/ws/j/2026-11-20-core-group.md';
const SOURCE = readFileSync(FIXTURE, 'utf8');

async function analysed(text = SOURCE): Promise<MinutesAnalysis> {
  const a = await analyserFor(new MemoryReader({ [PATH]: text })).analyse({ path: PATH, root: '/ws' });
  assert.ok(a.isMinutes);
  return a;
}

function allBlocks(bs: readonly Block[]): Block[] {
  return bs.flatMap((b) => [b, ...(b.kind === 'list' ? b.items.flatMap(allBlocks) : b.kind === 'quote' ? allBlocks(b.blocks) : [])]);
}

function sectionsOf(doc: ExportDocument): ExportSection[] {
  return doc.sections.flatMap((s) => [s, ...(s.children ?? [])]);
}

function inlinesOf(b: Block): Inline[][] {
  if (b.kind === 'paragraph' || b.kind === 'heading') return [b.content];
  if (b.kind === 'table') return [...b.header, ...b.rows.flat()];
  return [];
}

/** Every piece of text in the document, explanations included. */
function everyText(doc: ExportDocument): string {
  const parts = [...doc.details.map((d) => d.value), ...sectionsOf(doc).flatMap((s) => [s.title, ...allBlocks(s.blocks).flatMap((b) => (b.kind === 'note' ? [b.text] : inlinesOf(b).map((c) => textOf(c, true))))])];
  return parts.join('\n');
}

function section(doc: ExportDocument, id: string): ExportSection {
  const s = sectionsOf(doc).find((x) => x.id === id);
  assert.ok(s, `no section ${id}`);
  return s;
}

const paragraphs = (s: ExportSection) => allBlocks(s.blocks).filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph').map((b) => textOf(b.content));

describe('export model: professionals', () => {
  let doc: ExportDocument;
  before(async () => {
    doc = exportModel(await analysed(), 'professionals');
  });

  it('has the meeting details, dates in long form', () => {
    assert.deepEqual(doc.details.map((d) => `${d.label}: ${d.value}`), [
      'Child: J.S.', 'Date of the meeting: 20 November 2026', 'Core group meeting number: 3', 'Chaired by: Sam Patel, Team Manager',
      'Initial child protection conference: 28 September 2026', 'Area: West', 'Team: Family Safeguarding 3',
    ]);
  });

  it('lists every section in template order, the missing required one included, and what no section names at the end', () => {
    assert.deepEqual(doc.sections.map((s) => `${s.id}:${s.state}`), [
      'attendance:written', 'previous-actions:written', 'child-voice:written', 'parents:written', 'updates:empty', 'plan-progress:written',
      'safety:written', 'actions:written', 'contingency:missing', 'next-meeting:empty', 'distribution:written', 'other:written',
    ]);
    assert.equal(section(doc, 'contingency').title, 'Contingency plan');
    assert.deepEqual(paragraphs(section(doc, 'other')), ["J's GP has referred her for a hearing test on 3 December 2026."]);
  });

  it('reads a section from all its parts: Present and Apologies are the attendance', () => {
    const s = section(doc, 'attendance');
    assert.deepEqual(allBlocks(s.blocks).filter((b) => b.kind === 'heading').map((b) => textOf(inlinesOf(b)[0])), ['Apologies']);
    assert.ok(paragraphs(s).includes('Dr Lee Marsh, GP – report received'));
    assert.ok(paragraphs(s).includes('Sam Patel, Team Manager (chair)'));
  });

  it('leaves out prompt comments and placeholders, and counts them', () => {
    const all = everyText(doc);
    assert.doesNotMatch(all, /<!--|-->/);
    assert.doesNotMatch(all, /TBC|\[Impact\]|who received the minutes|Record each parent/);
    assert.deepEqual(doc.left, { prompts: 3, placeholders: 5, images: 0, placeholdersIn: ['previous-actions', 'updates', 'distribution'] });
    assert.ok(doc.notes.includes('5 unfilled gaps of the template (such as “TBC”, “?” or “[Name]”) are left out, under “Review of previous actions”, “Updates from the network”, “Minutes distribution”.'));
    assert.deepEqual(paragraphs(section(doc, 'distribution')), ['Agreed by: Hana Ortiz']);
    assert.ok(doc.notes.includes('3 prompts for the writer of the minutes (notes in the template that are not part of the record) are left out.'));
    assert.ok(doc.notes.includes('Nothing was recorded under “Updates from the network”, “Next meeting”.'));
    assert.ok(doc.notes.includes('These minutes have no section for “Contingency plan”.'));
  });

  it('starts every note on what was left out with a capital, a single one included ("One prompt ...")', () => {
    const N = exportText.notes;
    assert.deepEqual([N.prompts(1), N.placeholders(1), N.images(1)].map((s) => s.split(' ').slice(0, 2).join(' ')), ['One prompt', 'One unfilled', 'One picture']);
    for (const note of doc.notes) assert.match(note, /^[A-Z0-9]/, note);
  });

  it('keeps tables as tables, drops empty template rows, and writes dates in long form', () => {
    const t = allBlocks(section(doc, 'actions').blocks).find((b) => b.kind === 'table');
    assert.ok(t && t.kind === 'table');
    assert.deepEqual(t.header.map((c) => textOf(c)), ['ID', 'Action', 'Outcome', 'Owner', 'Due']);
    assert.deepEqual(t.rows.map((r) => r.map((c) => textOf(c))), [
      ['A6', 'Complete the parenting course', 'O1', 'Hana Ortiz', '18 December 2026'],
      ['A7', 'Share a weekly attendance summary with the DSL', 'O2', 'Ivo Grant', 'Next core group'],
    ]);
    const review = allBlocks(section(doc, 'previous-actions').blocks).find((b) => b.kind === 'table');
    assert.ok(review && review.kind === 'table');
    assert.equal(textOf(review.rows[0][3]), '1 November 2026', 'UK numeric date');
    assert.equal(textOf(review.rows[0][5]), 'Referral made 30 October 2026');
    assert.match(paragraphs(section(doc, 'child-voice'))[0], /on 18 November 2026\. J said/);
  });

  it('shows ratings as their word, marked as a rating (which the renderers colour)', () => {
    const ratings = allBlocks(section(doc, 'plan-progress').blocks).flatMap(inlinesOf).flat().filter((i) => i.kind === 'rating');
    assert.deepEqual(ratings, [{ kind: 'rating', rating: 'amber', text: 'Amber' }, { kind: 'rating', rating: 'green', text: 'Green' }]);
    assert.deepEqual(paragraphs(section(doc, 'plan-progress')).filter((p) => /^(Progress|RAG)/.test(p)), ['Progress: Amber', 'RAG: Green']);
  });

  it('joins wrapped lines with a space and keeps a form\'s lines apart', () => {
    assert.match(paragraphs(section(doc, 'child-voice'))[0], /now" and drew/);
  });

  it('shows once what a section shares with an earlier one, when their parts only overlap (a Wales template)', async () => {
    // "Assessments completed and in progress" is the updates and the first heading of the plan progress,
    // whose part runs on over "Progress against the ... outcomes": the assessments were shown twice.
    const dir = resolve(__dirname, '../../../test/realworld/05-wales-core-group-tasks');
    const text = readFileSync(join(dir, '2026-06-23-core-group.md'), 'utf8');
    const r = new MemoryReader({ '/ws/a/2026-06-23-core-group.md': text, '/ws/a/.coregroup.json': readFileSync(join(dir, '.coregroup.json'), 'utf8') });
    const a = await analyserFor(r).analyse({ path: '/ws/a/2026-06-23-core-group.md', root: '/ws' });
    assert.ok(a.isMinutes);
    const wales = exportModel(a, 'professionals');
    const police = /^Police: no update/;
    const where = sectionsOf(wales).filter((s) => paragraphs(s).some((p) => police.test(p))).map((s) => s.id);
    assert.deepEqual(where, ['updates'], 'the assessments are shown once, under the updates');
    const progress = section(wales, 'plan-progress');
    assert.deepEqual(allBlocks(progress.blocks).filter((b) => b.kind === 'note').map((b) => b.kind === 'note' && b.text), ['Part of this is recorded with “Assessments” above.']);
    assert.deepEqual(paragraphs(progress).filter((p) => p.startsWith('RAG rating')), ['RAG rating: Red', 'RAG rating: Amber'], 'the rest of the section is there');
  });
});

describe('export model: dates in long form', () => {
  it('writes ISO and UK numeric dates out, with any one separator and a year of four digits or two', () => {
    assert.equal(longDates('2026-11-20, 20/11/2026, 20.11.2026, 20-11-2026, 9.1.2026'), '20 November 2026, 20 November 2026, 20 November 2026, 20 November 2026, 9 January 2026');
    assert.equal(longDates('Date sent: 27-03-26. Review 12.01.26 and 3/11/26'), 'Date sent: 27 March 2026. Review 12 January 2026 and 3 November 2026');
  });

  it('leaves alone what is not one real date: mixed separators, impossible days, times, parts of longer numbers, no year', () => {
    for (const s of ['20.11-2026', '31/02/2026', '10.30am', '3/11', 'ref 1.20.11.2026', '20.11.2026.5', '12/01/2026/3', 'tel 01632 12-10-260']) assert.equal(longDates(s), s);
  });
});

describe('export model: the family version', () => {
  let pro: ExportDocument;
  let fam: ExportDocument;
  before(async () => {
    const a = await analysed();
    pro = exportModel(a, 'professionals');
    fam = exportModel(a, 'family');
  });

  it('is set out in the order a parent reads it', () => {
    assert.deepEqual(fam.sections.map((s) => s.title), [
      'What is going well', 'What we are worried about', 'What needs to happen', 'How the plan is going', 'Who does what by when',
      'What people told the meeting', 'About the meeting', 'Other things written down',
    ]);
    assert.deepEqual(paragraphs(fam.sections[0].children![0]), ['What is working well: Hana asks for help early.']);
    assert.deepEqual(paragraphs(fam.sections[1].children![0]), ['What we are worried about: arguments at night that J can hear.', 'Safety scale: 6/10']);
  });

  it('opens with what a core group is and what the plan is for, as explanation', () => {
    assert.deepEqual(fam.intro.map((p) => p.heading), ['What a core group is', 'What the plan is for']);
    assert.equal(pro.intro.length, 0);
  });

  it('writes short forms out once, in brackets, as an explanation, and lists them', () => {
    const p = paragraphs(section(fam, 'plan-progress'));
    const explained = allBlocks(section(fam, 'plan-progress').blocks).flatMap(inlinesOf).flat().filter((i) => i.kind === 'explain').map((i) => textOf([i], true));
    assert.ok(explained.includes(' (initial child protection conference)'));
    assert.ok(p.includes('No incidents since the ICPC; the DSL reports J is settled.'), 'the words as written, explanations apart');
    assert.equal((everyText(fam).match(/\(designated safeguarding lead/g) ?? []).length, 1, 'explained once');
    assert.deepEqual(fam.glossary.map((g) => g.term), ['CAMHS', 'DSL', 'GP', 'ICPC', 'RAG']);
  });

  it('does not write a short form out where it is another term: a DNA test is not "did not attend"', async () => {
    const text = SOURCE.replace('No incidents since the ICPC;', 'Dad agreed to a DNA test and\nDNA testing is booked. Hana DNA\'d the appointment. No incidents since the ICPC;');
    const blocks = allBlocks(section(exportModel(await analysed(text), 'family'), 'plan-progress').blocks);
    const withExplanations = blocks.flatMap(inlinesOf).map((c) => textOf(c, true)).join('\n');
    assert.match(withExplanations, /Dad agreed to a DNA test and DNA testing is booked\. Hana DNA'd \(did not attend\) the appointment\./);
  });

  it('writes out no meaning with brackets of its own, which would nest brackets', () => {
    for (const a of ACRONYMS.acronyms) assert.doesNotMatch(a.meaning, /[()]/, a.term);
  });

  it('leaves out action IDs, outcome numbers and check codes, and nothing else', () => {
    const t = allBlocks(section(fam, 'actions').blocks).find((b) => b.kind === 'table');
    assert.ok(t && t.kind === 'table');
    assert.deepEqual(t.header.map((c) => textOf(c)), ['What', 'Part of the plan', 'Who', 'By when']);
    assert.deepEqual(t.rows[0].map((c) => textOf(c)), ['Complete the parenting course', 'J is safe from harm at home', 'Hana Ortiz', '18 December 2026']);
    assert.deepEqual(allBlocks(section(fam, 'plan-progress').blocks).filter((b) => b.kind === 'heading').map((b) => textOf(inlinesOf(b)[0])), ['J is safe from harm at home', 'J attends school every day']);
    const all = everyText(fam);
    assert.doesNotMatch(all, /CG\d{3}|\(A6\)|\bO1\b/);
    assert.match(all, /Nadia wrote to him on 12 November 2026 and he has not replied\./);
  });

  it('shows an outcome cell of several numbers as those outcomes\' titles', async () => {
    const doc = exportModel(await analysed(SOURCE.replace('| O2 | Ivo Grant | Next core group |', '| O1, O2 | Ivo Grant | Next core group |')), 'family');
    const t = allBlocks(section(doc, 'actions').blocks).find((b) => b.kind === 'table');
    assert.ok(t && t.kind === 'table');
    assert.equal(textOf(t.rows[1][1]), 'J is safe from harm at home; J attends school every day');
  });

  it('never adds to or rewords what was written: each paragraph, without explanations, is a professionals\' paragraph less its codes', () => {
    const professional = new Set(sectionsOf(pro).flatMap(paragraphs).map((p) => p.replace(/\s*\((?:see )?(?:CG\d{3}|A\d+)\)/g, '')));
    for (const p of sectionsOf(fam).flatMap(paragraphs)) assert.ok(professional.has(p), p);
    assert.equal(fam.stamp, pro.stamp, 'one stamp for every audience');
  });

  it('lists the short forms it writes out in docs/export.md', () => {
    const docs = readFileSync(join(__dirname, '../../../docs/export.md'), 'utf8');
    for (const a of ACRONYMS.acronyms) assert.ok(docs.includes(`| ${a.term} | ${a.meaning} |`), a.term);
  });
});

describe('the version stamp', () => {
  const stamp = async (text: string) => exportModel(await analysed(text), 'professionals').stamp;

  it('is cg1- and 8 hex digits, the same across line endings, wrapping and comments', async () => {
    const base = await stamp(SOURCE);
    assert.match(base, /^cg1-[0-9a-f]{8}$/);
    assert.equal(await stamp(SOURCE.replace(/\n/g, '\r\n')), base, 'CRLF');
    assert.equal(await stamp(SOURCE.replace('J said "home is calmer now" and\ndrew', 'J said "home is calmer now"\nand drew')), base, 're-wrapped');
    assert.equal(await stamp(SOURCE.replace('## Parents and carers\n', '## Parents and carers\n<!-- a new prompt -->\n')), base, 'a comment');
    assert.equal(await stamp(SOURCE.replace('status: final', 'status: shared')), base, 'the status');
  });

  it('does not change when the sharing is recorded in the distribution section', async () => {
    const base = await stamp(SOURCE);
    assert.equal(await stamp(SOURCE + '\nShared with: Hana Ortiz\nDate shared: 2026-11-21\nHow shared: Secure email\nVersion shared: cg1-00000000\n'), base);
  });

  it('changes with any word, cell, rating or meeting detail', async () => {
    const base = await stamp(SOURCE);
    for (const [from, to] of [['home is calmer now', 'home is calm now'], ['| Hana Ortiz | 2026-12-18 |', '| Hana Ortiz | 2026-12-19 |'], ['RAG: G', 'RAG: A'], ['chair: Sam Patel', 'chair: Sam Patil']]) {
      assert.notEqual(await stamp(SOURCE.replace(from, to)), base, from);
    }
  });
});
