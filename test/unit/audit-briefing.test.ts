/**
 * The 7-minute briefing: drafted from the audit's figures and most frequent findings, with the
 * measures' definitions and no child named; as Word, read back by an independent reader (mammoth)
 * and its core properties checked (which makes it replaceable by --out, and nothing else); as
 * print-ready HTML (no script). The one-page print is checked in headless Chromium (test/e2e).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { audit, runAudit } from '../../src/cli/audit-command';
import { buildBriefing, changesToName } from '../../src/core/audit/briefing';
import type { MeasureChange } from '../../src/core/audit/model';
import { isBriefingDocx } from '../../src/core/audit/own-docx';
import { quarterPeriod } from '../../src/core/audit';
import { generateCorpus, writeCorpus } from '../corpus/main';

const PARTS = ['Why it matters', 'What we found', 'What good looks like', 'What to do differently', 'Questions to consider', 'The figures', 'Where to find more'];

describe('the 7-minute briefing', function () {
  this.timeout(120000);
  let dir = '';
  const corpus = generateCorpus({ children: 30, meetings: 4, seed: 7, months: 12 });
  const opts = { folder: 'minutes', jobs: 0, version: 'test', now: new Date(Date.UTC(2027, 1, 1)) };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'core-group-briefing-'));
    writeCorpus(join(dir, 'minutes'), corpus.files);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is drafted in seven parts from the figures, the weakest measures and the most frequent findings', async () => {
    const run = await audit({ ...opts, cwd: dir, format: 'json' });
    const b = buildBriefing(run.report);
    assert.deepEqual(b.parts.map((p) => p.heading), PARTS);
    const found = b.parts[1].bullets.join('\n');
    const top = run.report.topFindings[0];
    assert.ok(found.includes(top.description.replace(/\.$/, '')), 'the most frequent finding');
    // Its figures are the report's, each with its definition.
    for (const f of b.figures) {
      const m = run.report.overall.find((x) => x.label === f.label)!;
      assert.ok(f.result.startsWith(`${m.n} of ${m.N}`) && f.definition === m.definition, f.label);
    }
    assert.ok(b.figures.some((f) => f.label === 'Minutes recorded as shared'), 'the impact we want to see is among the figures');
    // Aggregate only: no child, file or area of the minutes is named.
    const text = JSON.stringify(b);
    for (const row of run.report.children) assert.ok(!text.includes(row.child) && !text.includes(row.latest), row.child);
  });

  it('names the clearest changes beyond chance, and never leaves out a change for the worse', async () => {
    const report = (await audit({ ...opts, cwd: dir, format: 'json' })).report;
    // Four improvements clearer than the one change for the worse: the worse still takes a place.
    const change = (i: number, verdict: 'better' | 'worse', p: number): MeasureChange => {
      const m = report.overall[i];
      return { id: m.id, label: m.label, higherIsBetter: m.higherIsBetter, then: { n: 1, N: 2, notAssessable: 0 }, now: { n: 1, N: 2, notAssessable: 0 }, points: 10, test: { name: 'two-proportion z-test', z: 3, p }, verdict, statement: `${verdict} ${p}` };
    };
    const overall = [change(0, 'better', 1e-6), change(1, 'better', 2e-6), change(2, 'better', 3e-6), change(3, 'better', 4e-6), change(4, 'worse', 0.007)];
    report.comparison = { earlier: { generated: '2026-04-01', period: { label: 'all' }, folder: 'minutes', version: 'test' }, overall, byArea: [], byTeam: [] };
    assert.deepEqual(changesToName(report).map((c) => c.statement), ['better 0.000001', 'better 0.000002', 'worse 0.007']);
    assert.ok(buildBriefing(report).parts[1].bullets.some((b) => b.includes('worse 0.007')), 'under "What we found"');
    // With no change for the worse, the clearest three.
    report.comparison.overall = overall.slice(0, 4);
    assert.deepEqual(changesToName(report).map((c) => c.statement), ['better 0.000001', 'better 0.000002', 'better 0.000003']);
  });

  it('writes Word that an independent reader reads back: the seven parts, the figures, the definitions', async () => {
    const r = await runAudit(['minutes', '--briefing', '--quarter', '2026-Q4', '--out', 'briefing.docx'], dir, 'test');
    assert.match(r.stderr ?? '', /^Wrote the 7-minute briefing from \d+ sets of minutes to briefing\.docx\.\n$/);
    assert.ok(isBriefingDocx(readFileSync(join(dir, 'briefing.docx'))));
    // The figures at a fixed today, through the same path.
    const fixed = await audit({ ...opts, cwd: dir, format: 'docx', briefing: true, period: quarterPeriod(2026, 4), out: 'fixed.docx' });
    const bytes = Buffer.from(fixed.docx!);
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    for (const [i, part] of PARTS.entries()) assert.ok(value.includes(`${i + 1}. ${part}`), part);
    assert.ok(value.includes('October to December 2026 (2026-Q4)'), 'it names its period');
    const q4 = (await audit({ ...opts, cwd: dir, format: 'json', period: quarterPeriod(2026, 4) })).report;
    const shared = q4.overall.find((m) => m.id === 'shared')!;
    assert.ok(value.includes(`${shared.n} of ${shared.N}`) && value.includes(shared.definition));
    const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    assert.match(html, /<table>.*Measure.*Result.*How it is counted/s, 'the figures are a table');
    assert.ok(isBriefingDocx(bytes), 'marked as this tool\'s own in its core properties');
  });

  it('lays Word out for one A4 portrait page: no page break, parts 1 to 5 in two columns, the rest below on the same page', async () => {
    // Counting Word's pages needs a word processor (scripts/briefing-pages.mjs measures it with
    // LibreOffice where it is installed); this checks the layout that keeps it to one page.
    const run = await audit({ ...opts, cwd: dir, format: 'docx', briefing: true, period: quarterPeriod(2026, 4), out: 'layout.docx' });
    const xml = strFromU8(unzipSync(run.docx!, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']);
    const sections = [...xml.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/g)].map((m) => m[1]);
    assert.equal(sections.length, 2);
    for (const s of sections) {
      // A4 is 210 x 297 mm: 11906 x 16838 twentieths of a point, to within the writer's rounding.
      const [w, h] = /<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="portrait"\/>/.exec(s)!.slice(1).map(Number);
      assert.ok(Math.abs(w - 11906) <= 2 && Math.abs(h - 16838) <= 2, `${w} x ${h}`);
    }
    assert.match(sections[0], /<w:cols w:space="\d+" w:num="2"\/>/);
    assert.match(sections[1], /^<w:type w:val="continuous"\/>/, 'the figures follow on the same page');
    assert.doesNotMatch(xml, /w:type="page"|w:pageBreakBefore|w:type="nextPage"/);
    const at = (t: string) => xml.indexOf(t);
    assert.ok(at('1. Why it matters') < at('5. Questions to consider') && at('5. Questions to consider') < at(sections[0]), 'parts 1 to 5 in the columns');
    assert.ok(at(sections[0]) < at('6. The figures') && at('6. The figures') < at('7. Where to find more'), 'parts 6 and 7 below them');
  });

  it('replaces only a briefing it wrote, and needs --out for Word', async () => {
    await runAudit(['minutes', '--briefing', '--out', 'briefing.docx'], dir, 'test');
    writeFileSync(join(dir, 'letter.docx'), 'PK\u0003\u0004 not a briefing');
    await assert.rejects(runAudit(['minutes', '--briefing', '--out', 'letter.docx'], dir, 'test'), /letter\.docx/);
    assert.equal(readFileSync(join(dir, 'letter.docx'), 'utf8'), 'PK\u0003\u0004 not a briefing');
    await assert.rejects(runAudit(['minutes', '--briefing', '--format', 'docx'], dir, 'test'), /a Word briefing is a file: name it with --out/);
    await assert.rejects(runAudit(['minutes', '--out', 'report.docx'], dir, 'test'), /Word \(\.docx\) is the briefing's format/);
    await assert.rejects(runAudit(['minutes', '--briefing', '--format', 'md'], dir, 'test'), /the briefing is written as Word \(\.docx\) or HTML/);
  });

  it('writes print-ready HTML: one A4 page by its CSS, no script, every part', async () => {
    const r = await runAudit(['minutes', '--briefing', '--format', 'html'], dir, 'test');
    const html = r.stdout;
    assert.ok(html.startsWith('<!doctype html>') && html.includes('<meta name="generator" content="core-group test">'));
    assert.ok(!/<script|\bon\w+=|javascript:|https?:\/\//i.test(html), 'no script, no handler, no external link');
    assert.ok(html.includes('@page { size: A4 portrait; margin: 9mm; }'));
    for (const p of PARTS) assert.ok(html.includes(`</span>${p}</h2>`), p);
  });
});
