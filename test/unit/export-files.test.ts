/**
 * The exported files, read back by independent readers: the .docx through mammoth (headings,
 * tables, dates) and through fflate plus the package's XML (no comment, the footer's words and page
 * fields, the keywords marker); the HTML as text (self-contained, escaped, A4 print rules).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate';
import mammoth from 'mammoth';
import type { MinutesAnalysis } from '../../src/core/analyse';
import { exportMinutes, isOwnExport } from '../../src/core/export';
import { analyserFor } from './helpers/analyser';
import { MemoryReader } from './helpers/memory-reader';

const SOURCE = readFileSync(resolve(__dirname, '../../../test/fixtures/export/2026-11-20-core-group.md'), 'utf8');
const PATH = '/ws/j/2026-11-20-core-group.md';

async function analysed(text = SOURCE): Promise<MinutesAnalysis> {
  const a = await analyserFor(new MemoryReader({ [PATH]: text })).analyse({ path: PATH, root: '/ws' });
  assert.ok(a.isMinutes);
  return a;
}

const HOSTILE = SOURCE.replace('drew her family with the dog in the middle.', 'drew <script>alert(1)</script> and <img src=x onerror="alert(2)"> her family.');

describe('the Word export, read by mammoth', () => {
  let html: string;
  let fam: string;
  before(async () => {
    const a = await analysed();
    const pro = await exportMinutes(a, { format: 'docx', audience: 'professionals', version: '9.9.9' });
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(pro.bytes) })).value;
    const family = await exportMinutes(a, { format: 'docx', audience: 'family', version: '9.9.9' });
    fam = (await mammoth.convertToHtml({ buffer: Buffer.from(family.bytes) })).value;
  });

  it('has the title and every section as headings, in template order', () => {
    assert.match(html, /<h1>Core group minutes<\/h1>/);
    const h2 = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1].replace(/&#39;/g, "'"));
    assert.deepEqual(h2, [
      'Attendance and apologies', 'Review of previous actions', "The child's voice and lived experience", 'Parents and carers', 'Updates from the network',
      'Progress against the plan', 'Analysis of safety', 'Revised plan and actions', 'Contingency plan', 'Next meeting', 'Minutes distribution', 'Also in these minutes', 'About this copy',
    ]);
    assert.match(html, /<h3>O1 J is safe from harm at home<\/h3>/);
  });

  it('has the meeting details and the tables as Word tables, dates in long form', () => {
    assert.match(html, /<td><p><strong>Date of the meeting<\/strong><\/p><\/td><td><p>20 November 2026<\/p><\/td>/);
    assert.match(html, /<td><p><strong>Chaired by<\/strong><\/p><\/td><td><p>Sam Patel, Team Manager<\/p><\/td>/);
    assert.match(html, /<th><p><strong>Due<\/strong><\/p><\/th>/);
    assert.match(html, /<td><p>Complete the parenting course<\/p><\/td><td><p>O1<\/p><\/td><td><p>Hana Ortiz<\/p><\/td><td><p>18 December 2026<\/p><\/td>/);
    assert.doesNotMatch(html, /2026-12-18|01\/11\/2026/);
  });

  it('holds no comment and no prompt or placeholder text', () => {
    assert.doesNotMatch(html, /<!--|&lt;!--|--&gt;/);
    const record = html.slice(0, html.indexOf('<h2>About this copy</h2>')); // the notes name "TBC" as an example
    assert.doesNotMatch(record, /who received the minutes|Record each parent|This whole comment|TBC|\[Impact\]/);
  });

  it('writes the ratings as words', () => {
    assert.match(html, /Progress: <strong> Amber <\/strong>/);
    assert.match(html, /RAG: <strong> Green <\/strong>/);
  });

  it('the family version: plain titles, no action IDs, short forms written out', () => {
    const h2 = [...fam.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    assert.deepEqual(h2.slice(0, 3), ['What a core group is', 'What the plan is for', 'What is going well']);
    assert.match(fam, /<th><p><strong>What<\/strong><\/p><\/th><th><p><strong>Part of the plan<\/strong><\/p><\/th><th><p><strong>Who<\/strong><\/p><\/th><th><p><strong>By when<\/strong><\/p><\/th>/);
    assert.doesNotMatch(fam, /<td><p>A6<\/p><\/td>|CG031/);
    assert.match(fam, /ICPC<em> \(initial child protection conference\)<\/em>/);
  });
});

describe('the Word export, unzipped', () => {
  it('has no comment in any part, the confidentiality footer with page fields, A4 pages and our marker', async () => {
    const r = await exportMinutes(await analysed(), { format: 'docx', audience: 'professionals', version: '9.9.9' });
    const parts = unzipSync(r.bytes);
    const xml = Object.fromEntries(Object.entries(parts).filter(([n]) => n.endsWith('.xml')).map(([n, b]) => [n, strFromU8(b)]));
    for (const [name, text] of Object.entries(xml)) assert.doesNotMatch(text, /<!--/, name);
    const footers = Object.entries(xml).filter(([n]) => /^word\/footer\d*\.xml$/.test(n)).map(([, t]) => t).join('');
    assert.match(footers, /Confidential: contains personal information about a child/);
    assert.match(footers, /PAGE/);
    assert.match(footers, /NUMPAGES/);
    assert.match(xml['word/document.xml'], /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(xml['docProps/core.xml'], new RegExp(`<cp:keywords>core-group-export ${r.stamp}</cp:keywords>`));
    assert.ok(isOwnExport(r.bytes, 'docx'));
  });

  it('keeps hostile text as text', async () => {
    const r = await exportMinutes(await analysed(HOSTILE), { format: 'docx', audience: 'professionals', version: '9.9.9' });
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(r.bytes) })).value;
    assert.match(html, /drew &lt;script&gt;alert\(1\)&lt;\/script&gt; and &lt;img src=x onerror="alert\(2\)"&gt; her family\./);
  });
});

describe('the HTML export', () => {
  it('is one self-contained file: no script, no external resource, A4 print rules, the confidentiality line and page numbers', async () => {
    const r = await exportMinutes(await analysed(HOSTILE), { format: 'html', audience: 'professionals', version: '9.9.9' });
    const html = new TextDecoder().decode(r.bytes);
    assert.doesNotMatch(html, /<(?:script|img|link|iframe|object|embed)\b|<[^>]*\s(?:src|href)=|@import|url\(/i);
    assert.doesNotMatch(html, /<!--/);
    assert.match(html, /drew &lt;script&gt;alert\(1\)&lt;\/script&gt; and &lt;img src=x onerror=&quot;alert\(2\)&quot;&gt; her family\./);
    assert.match(html, /@page \{\n {2}size: A4;/);
    assert.match(html, /@bottom-left \{ content: "Confidential: contains personal information about a child"/);
    assert.match(html, /counter\(page\) " of " counter\(pages\)/);
    assert.match(html, /<span class="rating rating-amber">Amber<\/span>/);
    assert.match(html, /<th scope="row">Date of the meeting<\/th><td>20 November 2026<\/td>/);
    assert.ok(isOwnExport(r.bytes, 'html'));
  });

  it('the family version marks explanations, and nothing else, as ours', async () => {
    const r = await exportMinutes(await analysed(), { format: 'html', audience: 'family', version: '9.9.9' });
    const html = new TextDecoder().decode(r.bytes);
    assert.match(html, /the DSL<span class="explain"> \(designated safeguarding lead: [^<]*\)<\/span> reports J is settled\./);
    assert.match(html, /<h2>What a core group is<\/h2>\n<p class="explain">/);
  });
});

describe('our own exports, recognised', () => {
  it('refuses what is not ours: other HTML, other zips, other Word documents, text', () => {
    assert.equal(isOwnExport(strToU8('<!doctype html><html><head><meta name="generator" content="Word"></head></html>'), 'html'), false);
    assert.equal(isOwnExport(strToU8('just notes'), 'docx'), false);
    assert.equal(isOwnExport(zipSync({ 'docProps/core.xml': strToU8('<cp:keywords>minutes</cp:keywords>') }), 'docx'), false);
    assert.equal(isOwnExport(zipSync({ 'docProps/core.xml': strToU8('<cp:keywords>core-group-export cg1-00000000</cp:keywords>') }), 'docx'), true);
  });
});
