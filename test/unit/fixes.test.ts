/**
 * Quick fixes, over every golden fixture and public conformance file with fixable findings:
 * each fix only inserts (every original line survives, in order), and once applied its finding
 * (code + subject) does not come back. Applying every fix in turn, re-analysing after each, ends
 * with no fixable finding left, in a bounded number of steps.
 */
import { strict as assert } from 'node:assert';
import { checkByCode } from '../../src/core/checks';
import type { Finding } from '../../src/core/types';
import { analyserFor } from './helpers/analyser';
import { applyFix, assertOriginalSurvives, assertWellFormedFix, key } from './helpers/edits';
import { CaseFolder, checkFixtures, conformanceCases, readFixture } from './helpers/fixtures';
import { FsReader } from './helpers/fs-reader';

interface Target {
  label: string;
  root: string;
  file: string;
  force: boolean;
  expectedFixable: number;
}

/** Whether a finding offers a fix, by the contract: the fixable checks, and for CG003 only a missing front matter. */
function offersFix(f: { code: string; subject: string }): boolean {
  return (checkByCode(f.code)?.fixable ?? false) && (f.code !== 'CG003' || f.subject === 'front-matter');
}

/** Files whose expected findings include a fixable one (known without analysing, so tests are declared up front). */
function targets(cases: CaseFolder[], origin: string): Target[] {
  const out: Target[] = [];
  for (const c of cases) {
    for (const [file, findings] of Object.entries(c.expected.files)) {
      const fixable = findings.filter(offersFix).length;
      if (fixable > 0) out.push({ label: `${origin}/${c.name}/${file}`, root: c.root, file, force: c.expected.force?.includes(file) ?? false, expectedFixable: fixable });
    }
  }
  return out;
}

async function analyseText(t: Target, text: string): Promise<Finding[]> {
  // A fresh analyser each time: nothing cached from an earlier version of the text.
  const a = await analyserFor(new FsReader()).analyse({ path: `${t.root}/${t.file}`, root: t.root, text, force: t.force });
  assert.ok(a.isMinutes, `${t.label}: no longer read as minutes`);
  return a.findings;
}

const TARGETS = [...targets(checkFixtures(), 'fixtures'), ...targets(conformanceCases(), 'conformance')];

describe('quick fixes', () => {
  it('has fixture files with fixable findings for every fixable check', () => {
    const codes = new Set<string>();
    for (const c of [...checkFixtures(), ...conformanceCases()]) for (const fs of Object.values(c.expected.files)) for (const f of fs) if (offersFix(f)) codes.add(f.code);
    assert.deepEqual([...codes].sort(), ['CG001', 'CG003', 'CG010', 'CG013', 'CG040', 'CG041', 'CG060']);
  });

  describe('each fix alone: inserts only, and its finding does not come back', () => {
    for (const t of TARGETS) {
      it(t.label, async () => {
        const original = readFixture(t.root, t.file);
        const findings = await analyseText(t, original);
        const fixable = findings.filter((f) => f.fixes.length > 0);
        assert.equal(fixable.length, t.expectedFixable, `${t.label}: fixable findings`);
        for (const f of findings) assert.equal(f.fixes.length > 0, offersFix(f), `${t.label}: ${key(f)} fixes`);
        for (const f of fixable) {
          for (const fix of f.fixes) {
            const label = `${t.label}: ${key(f)} "${fix.title}"`;
            assertWellFormedFix(original, fix, label);
            const fixed = applyFix(original, fix);
            assertOriginalSurvives(original, fixed, label);
            const again = await analyseText(t, fixed);
            assert.ok(!again.some((g) => key(g) === key(f)), `${label}: the finding came back after the fix`);
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
          assert.ok(!findings.some((g) => key(g) === key(next)), `${t.label}: ${key(next)} came back after "${fix.title}"`);
        }
        assert.ok(steps >= 1);
        assert.equal(findings.filter((f) => f.fixes.length > 0).length, 0);
        assertOriginalSurvives(original, text, `${t.label} (all fixes)`);
      });
    }
  });
});
