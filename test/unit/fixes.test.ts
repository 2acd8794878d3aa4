/**
 * Quick fixes, over every golden fixture and public conformance file with fixable findings:
 * each fix only inserts (every original line survives, in order), and once applied its finding
 * (code + subject) does not come back. Applying every fix in turn, re-analysing after each, ends
 * with no fixable finding left, in a bounded number of steps.
 */
import { strict as assert } from 'node:assert';
import { CHECKS, checkByCode } from '../../src/core/checks';
import type { Finding } from '../../src/core/types';
import { analyserFor } from './helpers/analyser';
import { applyFix, assertOriginalSurvives, assertWellFormedFix, key, overlayReader, settingsAfter } from './helpers/edits';
import { CaseFolder, checkFixtures, conformanceCases, readFixture } from './helpers/fixtures';
import { FsReader } from './helpers/fs-reader';
import { MemoryReader } from './helpers/memory-reader';
import { goodMinutes, table } from './helpers/minutes';

interface Target {
  label: string;
  root: string;
  file: string;
  force: boolean;
  expectedFixable: number;
  /** Findings of a fixable check that offer no fix in this case (case.json's noFix). */
  noFix: readonly string[];
}

/** Whether a finding offers a fix, by the contract: the fixable checks, and for CG003 only a missing front matter. */
function offersFix(f: { code: string; subject: string }, noFix: readonly string[] = []): boolean {
  return (checkByCode(f.code)?.fixable ?? false) && (f.code !== 'CG003' || f.subject === 'front-matter') && !noFix.includes(`${f.code} ${f.subject}`);
}

/** Files whose expected findings include a fixable one (known without analysing, so tests are declared up front). */
function targets(cases: CaseFolder[], origin: string): Target[] {
  const out: Target[] = [];
  for (const c of cases) {
    for (const [file, findings] of Object.entries(c.expected.files)) {
      const fixable = findings.filter((f) => offersFix(f, c.expected.noFix)).length;
      if (fixable > 0) out.push({ label: `${origin}/${c.name}/${file}`, root: c.root, file, force: c.expected.force?.includes(file) ?? false, expectedFixable: fixable, noFix: c.expected.noFix ?? [] });
    }
  }
  return out;
}

async function analyseText(t: Target, text: string, settings: Record<string, string> = {}): Promise<Finding[]> {
  // A fresh analyser each time: nothing cached from an earlier version of the text.
  const a = await analyserFor(overlayReader(new FsReader(), settings)).analyse({ path: `${t.root}/${t.file}`, root: t.root, text, force: t.force });
  assert.ok(a.isMinutes, `${t.label}: no longer read as minutes`);
  return a.findings;
}

const TARGETS = [...targets(checkFixtures(), 'fixtures'), ...targets(conformanceCases(), 'conformance')];

describe('quick fixes', () => {
  it('has fixture files with fixable findings for every fixable check', () => {
    const codes = new Set<string>();
    for (const c of [...checkFixtures(), ...conformanceCases()]) for (const fs of Object.values(c.expected.files)) for (const f of fs) if (offersFix(f)) codes.add(f.code);
    const fixable = CHECKS.filter((c) => c.fixable).map((c) => c.code);
    assert.ok(fixable.length > 0, 'the registry has no fixable check');
    assert.deepEqual([...codes].sort(), fixable.sort());
  });

  describe('each fix alone: inserts only, and its finding does not come back', () => {
    for (const t of TARGETS) {
      it(t.label, async () => {
        const original = readFixture(t.root, t.file);
        const findings = await analyseText(t, original);
        // The checks' own fixes (a learning fix for .coregroup.json may come on top of any finding).
        const own = (f: Finding) => f.fixes.some((x) => !x.settings);
        const fixable = findings.filter(own);
        assert.equal(fixable.length, t.expectedFixable, `${t.label}: fixable findings`);
        for (const f of findings) assert.equal(own(f), offersFix(f, t.noFix), `${t.label}: ${key(f)} fixes`);
        for (const f of fixable) {
          for (const fix of f.fixes) {
            const label = `${t.label}: ${key(f)} "${fix.title}"`;
            assertWellFormedFix(original, fix, label);
            const fixed = applyFix(original, fix);
            assertOriginalSurvives(original, fixed, label);
            const again = await analyseText(t, fixed, await settingsAfter(fix, new FsReader()));
            const still = again.find((g) => key(g) === key(f));
            // A fix that inserts a prompt to complete leaves its finding, without a fix of its own, until the prompt is completed.
            if (fix.leavesFinding) assert.ok(still && !still.fixes.some((x) => !x.settings), `${label}: the finding should stay, without a fix, until the prompt is completed`);
            else assert.ok(!still, `${label}: the finding came back after the fix`);
          }
        }
        // At most one preferred fix per finding.
        for (const f of fixable) assert.ok(f.fixes.filter((x) => x.isPreferred).length <= 1, `${t.label}: ${key(f)} has several preferred fixes`);
      });
    }
  });

  describe('all fixes in turn reach no fixable finding', () => {
    for (const t of TARGETS) {
      it(t.label, async () => {
        const original = readFixture(t.root, t.file);
        let text = original;
        let findings = await analyseText(t, text);
        const initial = findings.filter((f) => f.fixes.length > 0).length;
        // Each fix may reveal another fixable finding (an added outcome still needs its rating), but never loops.
        const limit = 4 * initial + 10;
        let steps = 0;
        for (;;) {
          const next = findings.find((f) => f.fixes.length > 0);
          if (!next) break;
          assert.ok(steps < limit, `${t.label}: still ${findings.filter((f) => f.fixes.length > 0).map(key).join(', ')} after ${steps} fixes`);
          const fix = next.fixes.find((x) => x.isPreferred) ?? next.fixes[0];
          const fixed = applyFix(text, fix);
          assertOriginalSurvives(text, fixed, `${t.label} step ${steps + 1}`);
          text = fixed;
          steps++;
          findings = await analyseText(t, text);
          const back = findings.find((g) => key(g) === key(next));
          assert.ok(fix.leavesFinding ? back !== undefined && back.fixes.length === 0 : !back, `${t.label}: ${key(next)} came back after "${fix.title}"`);
        }
        assert.ok(steps >= 1);
        assert.equal(findings.filter((f) => f.fixes.length > 0).length, 0);
        assertOriginalSurvives(original, text, `${t.label} (all fixes)`);
      });
    }
  });
});

describe('quick fixes: cases found by the property tests', () => {
  const at = '/w/c/m.md';
  const prev = goodMinutes({ actions: table(['Action', 'Outcome', 'Owner', 'Due'], [['Book the dentist', 'O1', 'Sam Lee', '2026-12-24']]) }, { date: '2026-09-10' });
  const analyse = (text: string, files: Record<string, string> = {}) => analyserFor(new MemoryReader({ ...files, [at]: text })).analyse({ path: at, root: '/w', text });
  const only = async (text: string, code: string, files: Record<string, string> = {}) => {
    const f = (await analyse(text, files)).findings.filter((x) => x.code === code);
    assert.equal(f.length, 1, `${code}: ${f.map(key).join(', ')}`);
    return f[0];
  };

  it('CG041 fills an empty "Progress:" line, not a prompt comment above it, and spaces a word after the colon', async () => {
    const progress = (body: string) => goodMinutes({ 'plan-progress': `### O1 Safe at home\n\n${body}\n\nEvidence.` });
    for (const [body, want] of [
      ['Progress:', 'Progress: Red\n'],
      ['<!-- Progress: Red, Amber or Green -->\nProgress:', '<!-- Progress: Red, Amber or Green -->\nProgress: Red\n'],
      ['Progress:TBC', 'Progress: Red TBC'],
      ['**Progress:**', '**Progress:** Red'],
    ]) {
      const text = progress(body);
      const f = await only(text, 'CG041');
      const fixed = applyFix(text, f.fixes[0]);
      assert.ok(fixed.includes(want), `${JSON.stringify(body)} -> ${JSON.stringify(fixed.slice(fixed.indexOf('### O1'), fixed.indexOf('Evidence')))}`);
      assert.equal((fixed.match(/progress:/gi) ?? []).length, (text.match(/progress:/gi) ?? []).length, 'no second Progress: line');
      assert.ok(!(await analyse(fixed)).findings.some((x) => x.code === 'CG041'));
    }
  });

  it('CG041 takes an outcome reviewed twice as rated when either subsection is', async () => {
    const text = goodMinutes({ 'plan-progress': '### O1 Safe\n\n### O1) Safe at home\n\nProgress: Amber\n\n### O2 In school\n\nProgress: Green' });
    assert.ok(!(await analyse(text)).findings.some((x) => x.code === 'CG041'));
    const unrated = goodMinutes({ 'plan-progress': '### O1 Safe\n\n### O1) Safe at home\n\nNo rating.\n\n### O2 In school\n\nProgress: Green' });
    const f = await only(unrated, 'CG041');
    assert.ok(!(await analyse(applyFix(unrated, f.fixes[0]))).findings.some((x) => x.code === 'CG041'));
  });

  it('CG010 puts a review table first when the section\'s table has no ID or Action column to hold the row', async () => {
    const text = goodMinutes({ 'previous-actions': 'ID | Report\n--- | ---\nA9 | Sent' }, { date: '2026-10-08', meeting: 2, previous: './prev.md', icpc: undefined });
    const f = await only(text, 'CG010', { '/w/c/prev.md': prev });
    assert.equal(f.subject, 'Book the dentist');
    const fixed = applyFix(text, f.fixes[0]);
    assert.match(fixed, /## Review of previous actions\n\n\| ID \| Action \| Owner \| Due \| Status \| Update \| Impact on the child \|\n\|---\|[-|]+\n\|  \| Book the dentist \| Sam Lee \| 2026-12-24 \|  \|  \|  \|\n\nID \| Report/);
    assert.ok(!(await analyse(fixed, { '/w/c/prev.md': prev })).findings.some((x) => x.code === 'CG010'));
  });

  it('appends to a section after the whole of its last line, trailing spaces (a hard line break) included', async () => {
    const text = goodMinutes({ distribution: 'Shared with: the family  \nand the school\u00a0\t' });
    const f = await only(text, 'CG060');
    const fixed = applyFix(text, f.fixes[0]);
    assert.ok(fixed.includes('Shared with: the family  \nand the school\u00a0\t\n\nDate shared: 2026-11-25'), JSON.stringify(fixed.slice(fixed.indexOf('Shared with'))));
  });

  it('closes a code fence or comment left open at the end before adding a section there', async () => {
    for (const [open, closer] of [['```js', '```'], ['~~~~', '~~~~'], ['<!-- to do', '-->']]) {
      const text = goodMinutes({ contingency: null, 'next-meeting': null, distribution: `Shared with: all\n\n${open}\nnotes` });
      const findings = (await analyse(text)).findings;
      assert.deepEqual(findings.map(key).sort(), ['CG001 contingency', 'CG001 next-meeting', 'CG060 distribution']);
      for (const f of findings) {
        const fixed = applyFix(text, f.fixes[0]);
        // Only what is added at the very end needs the fence or comment closed first.
        const atEnd = f.fixes[0].edits[0].offset >= text.trimEnd().length;
        assert.equal(fixed.includes(`notes\n${closer}\n\n`), atEnd, `${open}: ${key(f)}: ${JSON.stringify(fixed.slice(-200))}`);
        assert.ok(!(await analyse(fixed)).findings.some((g) => key(g) === key(f)), `${open}: ${key(f)} came back`);
      }
      // With the fence closed by the practitioner, nothing is added before the new section.
      const closed = goodMinutes({ contingency: null, distribution: `Shared with: all\n\n${open}\nnotes\n${closer}` });
      const f = (await analyse(closed)).findings.find((x) => key(x) === 'CG001 contingency')!;
      assert.ok(!applyFix(closed, f.fixes[0]).includes(`${closer}\n${closer}`));
    }
  });
});
