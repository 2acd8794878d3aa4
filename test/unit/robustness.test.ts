/**
 * Bad input never throws and never hangs (mocha's own timeout is the limit; nothing here measures
 * time). Every analysis is also checked for internal errors (a check that throws is reported as an
 * "internal-error" finding rather than crashing), for ranges inside the document, and for fixes that
 * only insert.
 */
import { strict as assert } from 'node:assert';
import type { AnalyseRequest, Analysis } from '../../src/core/analyse';
import { guardDeepNesting, MAX_NESTING_COLUMN } from '../../src/core/parse/limits';
import { isInside } from '../../src/core/paths';
import { analyserFor } from './helpers/analyser';
import { applyFix, assertOriginalSurvives, assertRangeInside, assertWellFormedFix, key } from './helpers/edits';
import { checkFixtures, readFixture } from './helpers/fixtures';
import { FsReader } from './helpers/fs-reader';
import { MemoryReader } from './helpers/memory-reader';
import { frontMatter, goodMinutes, table } from './helpers/minutes';
import { asMinutes } from './helpers/narrow';

const PATH = '/w/c/minutes.md';
const REVIEW_H = ['ID', 'Action', 'Owner', 'Due', 'Status', 'Update', 'Impact on the child'];

type Checked = Analysis & { reader: MemoryReader };

/** Analyses `text` at PATH (plus other files), asserting the invariants every analysis must keep. */
async function check(text: string, opts: { force?: boolean; files?: Record<string, string>; refix?: boolean } = {}): Promise<Checked> {
  const reader = new MemoryReader({ [PATH]: text, ...opts.files });
  const req: AnalyseRequest = { path: PATH, root: '/w', force: opts.force };
  const a = await analyserFor(reader).analyse(req);
  assert.ok(!a.findings.some((f) => f.subject === 'internal-error'), `a check failed: ${a.findings.filter((f) => f.subject === 'internal-error').map((f) => f.message).join('; ')}`);
  for (const f of a.findings) {
    assertRangeInside(text, f, 'input');
    for (const fix of f.fixes) {
      assertWellFormedFix(text, fix, key(f));
      if (opts.refix === false) continue;
      const fixed = applyFix(text, fix);
      assertOriginalSurvives(text, fixed, key(f));
      const again = await analyserFor(new MemoryReader({ ...opts.files, [PATH]: fixed })).analyse({ ...req, text: fixed });
      assert.ok(!again.findings.some((g) => key(g) === key(f)), `${key(f)} came back after "${fix.title}"`);
    }
  }
  for (const p of reader.requested) assert.ok(isInside('/w', p), `the reader was asked for ${p}`);
  return Object.assign(a, { reader });
}

const keys = (a: Analysis) => a.findings.map(key).sort();
const keysWithLines = (a: Analysis) => a.findings.map((f) => `${key(f)} @${f.range.start.line}`).sort();

/** A deterministic pseudo-random generator (mulberry32), so the "random" bytes are the same every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('robustness', () => {
  describe('invalid YAML', () => {
    const body = goodMinutes({}, null);
    const broken: Record<string, string> = {
      'an unclosed bracket': 'type: core-group-minutes\nchild: P.Q.\ndate: 2026-10-08\nchair: Sam: [unclosed\n  - broken: {',
      'tab indentation': 'type: core-group-minutes\ndate: 2026-10-08\nchild:\n\tinitials: P.Q.',
      'an unterminated quote': 'type: core-group-minutes\nchild: "P.Q.\ndate: 2026-10-08',
      'a stray colon block': 'type: core-group-minutes\n: : :\ndate: 2026-10-08',
      'an alias bomb': 'type: core-group-minutes\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ndate: 2026-10-08',
      'an undefined alias': 'type: core-group-minutes\ndate: *nowhere',
    };
    for (const [what, yaml] of Object.entries(broken)) {
      it(`reports only "yaml" for ${what}, checks the sections, and salvages nothing`, async () => {
        const earlier = goodMinutes({}, { date: '2026-09-10' });
        const a = await check(`---\n${yaml}\n---\n\n${body}`, { files: { '/w/c/earlier.md': earlier } });
        const cg003 = a.findings.filter((f) => f.code === 'CG003').map((f) => f.subject);
        // An alias bomb may be read (the parser caps aliases) or refused; either way nothing hangs.
        if (what !== 'an alias bomb') assert.deepEqual(cg003, ['yaml']);
        if (cg003.includes('yaml')) {
          assert.deepEqual(asMinutes(a).minutes.meta, {});
          assert.deepEqual(asMinutes(a).series.previous, []);
        }
        assert.equal(a.isMinutes, true);
      });
    }

    it('reads front matter that is a list, a scalar or empty as minutes only when forced, with a clear finding', async () => {
      for (const yaml of ['- type: core-group-minutes\n- date: 2026-10-08', 'just some words', '']) {
        const text = `---\n${yaml}\n---\n\n${body}`;
        const a = await check(text, { force: true });
        assert.equal(a.isMinutes, true);
        assert.ok(a.findings.some((f) => f.code === 'CG003'), JSON.stringify(yaml));
        const plain = await check(text);
        assert.equal(plain.isMinutes, false);
        assert.deepEqual(plain.findings, []);
      }
    });

    it('keeps odd value types without throwing', async () => {
      // previous: 42 is read as a link "42" (which does not exist); plan: true is not a link at all.
      const a = await check(goodMinutes({}, { date: '[2026, 10, 8]', meeting: '{ a: 1 }', child: 123, previous: 42, plan: 'true', icpc: 'null', chair: '~', 'chair-role': '[Manager]' }));
      assert.deepEqual(keys(a).filter((k) => k.startsWith('CG003')), ['CG003 date', 'CG003 previous']);
      const nul = await check(goodMinutes({}, { child: 'P\u0000Q', chair: '"\\0 and \\x00"' }));
      assert.deepEqual(keys(nul), []);
    });

    it('does not mistake an unclosed front matter for one', async () => {
      const a = await check(`---\ntype: core-group-minutes\ndate: 2026-10-08\n\n${body}`, { force: true });
      assert.deepEqual(keys(a).filter((k) => k.startsWith('CG003')), ['CG003 front-matter']);
    });
  });

  describe('no front matter', () => {
    it('is left alone unless forced; forced, gets CG003 front-matter whose fix adds a skeleton', async () => {
      const text = goodMinutes({}, null);
      assert.equal((await check(text)).isMinutes, false);
      const a = await check(text, { force: true });
      assert.deepEqual(keys(a), ['CG003 front-matter']);
      const fixed = applyFix(text, a.findings[0].fixes[0]);
      assert.ok(fixed.startsWith('---\ntype: core-group-minutes\n'));
      const again = await check(fixed);
      assert.equal(again.isMinutes, true, 'the skeleton makes the file minutes');
      assert.deepEqual(keys(again), ['CG003 date']);
    });

    it('copes with an empty file, blank lines, a lone fence and only front matter', async () => {
      for (const text of ['', '\n\n   \n', '---', '---\n', '---\n---\n', frontMatter(), '\uFEFF']) {
        const a = await check(text, { force: true });
        assert.equal(a.isMinutes, true, JSON.stringify(text));
        assert.ok(a.findings.length > 0, JSON.stringify(text));
      }
    });
  });

  describe('byte order mark', () => {
    it('finds the same findings, on the same lines, with and without a BOM', async () => {
      for (const c of checkFixtures().slice(0, 12)) {
        for (const file of Object.keys(c.expected.files)) {
          const text = readFixture(c.root, file);
          const plain = await analyserFor(new FsReader()).analyse({ path: `${c.root}/${file}`, root: c.root, text, force: c.expected.force?.includes(file) });
          const bom = await analyserFor(new FsReader()).analyse({ path: `${c.root}/${file}`, root: c.root, text: '\uFEFF' + text, force: c.expected.force?.includes(file) });
          assert.deepEqual(keysWithLines(bom), keysWithLines(plain), `${c.name}/${file}`);
        }
      }
    });

    it('inserts the front matter skeleton after the BOM, so the first heading still counts', async () => {
      const text = '\uFEFF' + goodMinutes({}, null).replace(/^# Core group meeting\n\n/, '');
      assert.ok(text.startsWith('\uFEFF## Attendance and apologies'));
      const a = await check(text, { force: true });
      assert.deepEqual(keys(a), ['CG003 front-matter']);
      const fixed = applyFix(text, a.findings[0].fixes[0]);
      assert.ok(fixed.startsWith('\uFEFF---\n'), 'the BOM stays first');
      assert.deepEqual(keys(await check(fixed)), ['CG003 date']);
    });
  });

  for (const [label, eol, bare] of [
    ['CRLF', '\r\n', /(^|[^\r])\n/],
    ['lone CR (old Mac)', '\r', /\n/],
  ] as const) {
    describe(`${label} line breaks`, () => {
      const series = ['CG010-untracked', 'CG013-drift', 'CG040-from-previous', 'CG041-outcome-without-rating', 'CG060-not-shared', 'CG001-missing-sections', 'CG012-overdue-without-impact'];

      /** A fixture folder held in memory with every file converted to the line break. */
      function convertedFolder(name: string): { reader: MemoryReader; lf: MemoryReader; files: string[] } {
        const c = checkFixtures().find((x) => x.name === name)!;
        const reader = new MemoryReader();
        const lf = new MemoryReader();
        for (const file of Object.keys(c.expected.files)) {
          const text = readFixture(c.root, file);
          lf.set(`/w/${file}`, text);
          reader.set(`/w/${file}`, text.replace(/\n/g, eol));
        }
        return { reader, lf, files: Object.keys(c.expected.files) };
      }

      for (const name of series) {
        it(`${name}: the same findings on the same lines, and fixes that insert ${label} only`, async () => {
          const { reader, lf, files } = convertedFolder(name);
          for (const file of files) {
            const path = `/w/${file}`;
            const a = await analyserFor(reader).analyse({ path, root: '/w' });
            const b = await analyserFor(lf).analyse({ path, root: '/w' });
            assert.deepEqual(keysWithLines(a), keysWithLines(b), file);
            let text = (await reader.readText(path))!;
            let findings = a.findings;
            for (let step = 0; step < 40; step++) {
              const f = findings.find((x) => x.fixes.length > 0);
              if (!f) break;
              for (const fix of f.fixes) {
                for (const e of fix.edits) assert.doesNotMatch(e.text, bare, `${file}: ${key(f)} inserts a stray LF: ${JSON.stringify(e.text)}`);
                assertWellFormedFix(text, fix, `${file}: ${key(f)}`);
              }
              const fix = f.fixes.find((x) => x.isPreferred) ?? f.fixes[0];
              text = applyFix(text, fix);
              assert.doesNotMatch(text, bare, `${file}: a stray LF after fixing ${key(f)}`);
              findings = (await analyserFor(reader).analyse({ path, root: '/w', text })).findings;
              const back = findings.find((g) => key(g) === key(f));
              // A prompt to complete (CG013's entry) leaves its finding, without a fix, until it is completed.
              assert.ok(fix.leavesFinding ? back !== undefined && back.fixes.length === 0 : !back, `${file}: ${key(f)} came back`);
            }
            assert.ok(!findings.some((x) => x.fixes.length > 0), `${file}: fixable findings left`);
          }
        });
      }
    });
  }

  describe('mixed line breaks', () => {
    it('copes with a mix of CRLF, LF and lone CR', async () => {
      const text = goodMinutes({ safety: null });
      const lf = await check(text);
      // In turns CRLF, LF, CR: never a CR straight before an LF, which would make two breaks one.
      let n = 0;
      const mixed = await check(text.replace(/\n/g, () => ['\r\n', '\n', '\r'][n++ % 3]));
      assert.deepEqual(keysWithLines(mixed), keysWithLines(lf));
      assert.ok(mixed.findings.some((f) => key(f) === 'CG001 safety'));
    });
  });

  describe('tabs', () => {
    it('reads a heading written with a tab, tabs in cells, and tab-indented code', async () => {
      const text = goodMinutes({
        actions: '| ID\t| Action\t| Outcome | Owner | Due |\n|---|---|---|---|---|\n| A1\t|\tRefer to the course\t| O1 | Nadia Ellis\t| 2026-09-24\t|',
        contingency: '\tan indented code block\n\n\t## not a heading',
      }).replace('## Analysis of safety', '##\tAnalysis of safety');
      const a = await check(text);
      assert.deepEqual(keys(a), []);
      assert.deepEqual(asMinutes(a).minutes.actions.map((x) => [x.id, x.wording, x.owner]), [['A1', 'Refer to the course', 'Nadia Ellis']]);
    });
  });

  describe('ragged tables', () => {
    it('reads short rows as empty cells and ignores cells beyond the header', async () => {
      const prev = goodMinutes({ actions: table(['ID', 'Action', 'Outcome', 'Owner', 'Due'], [['A1', 'One', 'O1', 'Sam', '2026-12-24'], ['A2', 'Two', 'O1', 'Sam', '2026-12-24'], ['A3', 'Three', 'O1', 'Sam', '2026-12-24']]) });
      const cur = goodMinutes({
        'previous-actions': [
          '| ID | Action | Owner | Due | Status | Update | Impact on the child |',
          '|---|---|---|---|---|---|---|',
          '| A1 | One | Sam |',
          '| A2 | Two | Sam | 2026-12-24 | Done | ok | fine | extra | more | cells |',
          'A3 | Three | Sam | 2026-12-24 | In progress',
          '|',
          '| | | | | | | |',
        ].join('\n'),
        actions: '| ID | Action |\n|---|\n| A4 | Not a table: the delimiter row does not match |',
      }, { date: '2026-10-08', meeting: 2, previous: './prev.md', icpc: undefined });
      const a = await check(cur, { files: { '/w/c/prev.md': prev } });
      assert.deepEqual(asMinutes(a).minutes.reviews.map((r) => [r.id, r.statusText]), [['A1', ''], ['A2', 'Done'], ['A3', 'In progress']]);
      assert.deepEqual(keys(a), ['CG011 A1', 'CG042 actions']);
    });

    it('copes with a table of only a header, only a delimiter, or a thousand columns', async () => {
      await check(goodMinutes({ actions: '| ID | Action | Outcome | Owner | Due |\n|---|---|---|---|---|' }));
      await check(goodMinutes({ actions: '|---|---|' }));
      const cols = Array.from({ length: 1000 }, (_, i) => `C${i}`);
      await check(goodMinutes({ attendance: table(cols, [cols.map(() => 'x'), ['only one']]) }));
    });
  });

  describe('headings in code fences and comments', () => {
    it('an unclosed fence or comment hides every heading after it', async () => {
      for (const opener of ['```', '~~~', '<!--']) {
        const a = await check(goodMinutes({ safety: `Worries recorded.\n\n${opener}\nnever closed` }));
        assert.deepEqual(keys(a).filter((k) => k.startsWith('CG001')), ['CG001 actions', 'CG001 contingency', 'CG001 distribution', 'CG001 next-meeting'], opener);
      }
    });

    it('an unclosed "<!--" in the middle of a line is text, as in Markdown: the lines after it still count', async () => {
      const a = await check(goodMinutes({ distribution: 'Shared with: core group <!-- check the list\nDate shared: 2026-09-14\nAgreed by: Hana Ortiz' }));
      assert.deepEqual(keys(a), []);
      const b = await check(goodMinutes({ distribution: 'Shared with: core group\n<!-- check the list\nDate shared: 2026-09-14' }));
      assert.deepEqual(keys(b), ['CG060 distribution'], 'at the start of a line it opens a comment that runs to the end');
    });

    it('a heading in a closed fence, comment or indented block does not count; its fix adds the real section', async () => {
      const a = await check(goodMinutes({ contingency: null, safety: 'Notes.\n\n```\n## Contingency plan\n```\n\n<!--\n## Contingency plan\n-->\n\n    ## Contingency plan' }));
      assert.deepEqual(keys(a), ['CG001 contingency']);
    });
  });

  describe('size', () => {
    it('analyses a file of about 5 MB', async () => {
      const paragraph = 'The family was visited at home and the children were seen together and alone; school and health reported no new concerns. '.repeat(16);
      const updates = Array.from({ length: 2600 }, (_, i) => `${i + 1}. ${paragraph}`).join('\n\n');
      const text = goodMinutes({ updates });
      assert.ok(text.length > 5_000_000, String(text.length));
      const a = await check(text, { refix: false });
      assert.deepEqual(keys(a), []);
    });

    it('analyses a review table of 10,000 rows', async () => {
      const rows = Array.from({ length: 10000 }, (_, i) => [`A${i + 1}`, `Action number ${i + 1}`, 'Nadia Ellis', '2026-12-24', i % 1000 === 0 ? 'Waiting' : 'In progress', 'Started', '']);
      const text = goodMinutes({ 'previous-actions': table(REVIEW_H, rows) }, { meeting: 2, date: '2026-10-08', icpc: undefined });
      const a = await check(text, { refix: false });
      // The parse reads the rows in order (src/core/parse/limits.ts may stop after the first 200, and
      // says so), and every row it reads is checked: each unrecognised status among them is reported.
      const read = asMinutes(a).minutes.reviews;
      assert.ok(read.length >= 200 && read.length <= 10000, String(read.length));
      assert.deepEqual(read.map((r) => r.id), rows.slice(0, read.length).map((r) => r[0]));
      const stopped = read.length < rows.length ? ['CG003 too-large'] : [];
      assert.deepEqual(keys(a), [...stopped, ...read.filter((r) => r.statusText === 'Waiting').map((r) => `CG011 ${r.id}`)].sort());
    });

    it('cuts nesting only past the column limit, keeping every offset', () => {
      for (const plain of [goodMinutes({}), '-'.repeat(300) + '\n' + ' '.repeat(300) + 'indented text\n' + '1'.repeat(300) + '\n', '> '.repeat(49) + 'quote']) {
        assert.equal(guardDeepNesting(plain), plain);
      }
      const deep = 'Intro\n' + '- '.repeat(5000) + 'deep\r\nAfter';
      const cut = guardDeepNesting(deep);
      assert.equal(cut.length, deep.length);
      const start = deep.indexOf('- ');
      assert.equal(cut.slice(0, start + MAX_NESTING_COLUMN), deep.slice(0, start + MAX_NESTING_COLUMN), 'the first columns stay');
      assert.doesNotMatch(cut.slice(start + MAX_NESTING_COLUMN), /- /, 'no list marker past the limit');
      assert.ok(cut.endsWith('deep\r\nAfter'));
    });

    const deeper = (line: (depth: number) => string, lines: number) => Array.from({ length: lines }, (_, i) => line(i)).join('\n');
    for (const [what, nest] of [
      ['lists', '- '.repeat(5000) + 'deep'],
      ['blockquotes', '> '.repeat(5000) + 'deep'],
      ['lists in blockquotes', '> - '.repeat(2500) + 'deep'],
      // From column 90, across the limit: 1,500 such lines are over the memory budget, as for the quotes below.
      ['lists, 45 deep and one level deeper on each of 10 lines', deeper((i) => '  '.repeat(i + 45) + '- item', 10)],
      // From 95 deep, across the column limit: 1,500 lines of up to 100 quote markers are over the memory budget (test/unit/bombs.test.ts).
      ['blockquotes, 95 deep and one level deeper on each of 10 lines', deeper((i) => '>'.repeat(i + 95) + ' quote', 10)],
    ]) {
      it(`analyses deeply nested ${what} (nesting cut past column ${MAX_NESTING_COLUMN})`, async () => {
        const a = await check(goodMinutes({ updates: nest }), { refix: false });
        assert.deepEqual(keys(a), []);
        assert.equal(asMinutes(a).minutes.byId.size, 10, 'the sections after the nesting are still found');
      });
    }
  });

  describe('binary bytes', () => {
    it('copes with random bytes, NULs and lone surrogates after a valid front matter', async () => {
      const rand = prng(20261125);
      for (let round = 0; round < 4; round++) {
        let junk = '';
        for (let i = 0; i < 50_000; i++) {
          const r = rand();
          junk += r < 0.05 ? '\u0000' : r < 0.1 ? '\n' : r < 0.12 ? '|' : r < 0.14 ? '#' : r < 0.16 ? String.fromCharCode(0xd800 + Math.floor(rand() * 0x800)) : String.fromCharCode(Math.floor(rand() * 256));
        }
        const a = await check(`${frontMatter({ date: '2026-10-08' })}\n\n${junk}\n## Attendance\n\n${junk.slice(0, 5000)}`, { refix: round === 0 });
        assert.equal(a.isMinutes, true);
      }
    });
  });

  describe('links that leave the workspace folder', () => {
    it('never asks the reader for ../../etc/passwd, however it is written', async () => {
      for (const link of ['../../etc/passwd', '../../../../../../etc/passwd', '..\\..\\etc\\passwd', '/etc/passwd', '/w/../etc/passwd', './../../../etc/passwd']) {
        const files = { '/etc/passwd': 'root:x:0:0', '/w/c/earlier.md': goodMinutes({}, { date: '2026-09-10' }) };
        const a = await check(goodMinutes({}, { previous: link, plan: link, meeting: 2, date: '2026-10-08' }), { files });
        assert.ok(keys(a).includes('CG003 outside'), link);
        assert.deepEqual(asMinutes(a).series.previous, [], `${link}: not replaced by a guess`);
        assert.ok(!a.reader.requested.includes('/etc/passwd'));
        assert.ok(!a.reader.requested.some((p) => p.startsWith('/etc')), link);
      }
    });

    it('stays inside the root when the root is a subfolder of where files exist', async () => {
      const reader = new MemoryReader({
        '/w/secret.md': goodMinutes({}, { date: '2026-09-01' }),
        '/w/root/.coregroup.json': '{}',
        '/w/root/c/m.md': goodMinutes({}, { previous: '../../secret.md', plan: '../../secret.md', meeting: 2, date: '2026-10-08' }),
      });
      const a = await analyserFor(reader).analyse({ path: '/w/root/c/m.md', root: '/w/root' });
      assert.ok(a.findings.some((f) => key(f) === 'CG003 outside'));
      for (const p of reader.requested) assert.ok(isInside('/w/root', p), p);
      // A file outside the root it was asked to use is analysed with its own folder as the root.
      const outside = await analyserFor(reader).analyse({ path: '/w/secret.md', root: '/w/root' });
      assert.equal(outside.isMinutes, true);
    });
  });
});
