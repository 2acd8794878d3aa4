/**
 * Golden fixtures: every folder in test/fixtures/checks/<CODE>-<case>/ holds fictional minutes whose
 * markers say, beside the line concerned, which findings (code, subject) start there; a file with no
 * marker expects none (test/fixtures/checks/README.md). Its case.json describes the case; files
 * listed in "force" are analysed as if matched by a user's glob. Each folder is the workspace root
 * of its analyses.
 */
import { strict as assert } from 'node:assert';
import { CHECKS, CHECK_CODES, checkByCode } from '../../src/core/checks';
import { isInside } from '../../src/core/paths';
import { analyserFor } from './helpers/analyser';
import { assertRangeInside, key } from './helpers/edits';
import { CaseFolder, checkFixtures, readFixture } from './helpers/fixtures';
import { FsReader } from './helpers/fs-reader';

const CASES = checkFixtures();

function codeOfFolder(c: CaseFolder): string {
  return c.name.slice(0, c.name.indexOf('-'));
}

describe('golden fixtures (test/fixtures/checks)', () => {
  it('has a firing case and a quiet case for every check in the registry, and folders for no other', () => {
    assert.ok(CHECKS.length > 0, 'the registry is empty');
    assert.deepEqual([...new Set(CASES.map(codeOfFolder))].sort(), CHECKS.map((c) => c.code).sort());
    for (const check of CHECKS) {
      const own = CASES.filter((c) => codeOfFolder(c) === check.code);
      assert.ok(own.length > 0, `no fixture folder for ${check.code}`);
      const files = own.flatMap((c) => Object.values(c.expected.files));
      assert.ok(files.some((fs) => fs.some((f) => f.code === check.code)), `no fixture in which ${check.code} fires`);
      assert.ok(files.some((fs) => !fs.some((f) => f.code === check.code)), `no fixture in which ${check.code} stays quiet`);
    }
  });

  it('names every folder after a registry code, describes it, and expects only registry codes', () => {
    for (const c of CASES) {
      assert.ok(CHECK_CODES.has(codeOfFolder(c)), `${c.name} does not start with a check code`);
      assert.ok(typeof c.expected.description === 'string' && c.expected.description.length > 0, `${c.name} has no description in case.json`);
      for (const f of c.expected.force ?? []) assert.ok(f in c.expected.files, `${c.name}: case.json forces ${f}, which is not in the folder`);
      for (const [file, findings] of Object.entries(c.expected.files)) {
        for (const f of findings) assert.ok(CHECK_CODES.has(f.code), `${c.name}/${file}: unknown code ${f.code}`);
      }
    }
  });

  for (const c of CASES) {
    describe(c.name, () => {
      it('has markers that all read and point at a line', () => {
        assert.ok(Object.keys(c.expected.files).length > 0, `${c.name} holds no Markdown file`);
        assert.deepEqual(Object.entries(c.problems).filter(([, p]) => p.length > 0), [], `${c.name}: marker problems`);
      });

      for (const [file, expected] of Object.entries(c.expected.files)) {
        it(file, async () => {
          const reader = new FsReader();
          const analyser = analyserFor(reader);
          const path = `${c.root}/${file}`;
          const a = await analyser.analyse({ path, root: c.root, force: c.expected.force?.includes(file) });
          const actual = a.findings.map((f) => `${key(f)} @${f.range.start.line + 1}`).sort();
          const wanted = expected.map((f) => `${key(f)} @${f.line}`).sort();
          assert.deepEqual(actual, wanted, `${c.name}/${file}: ${c.expected.description}`);

          // Each finding is complete: registry name, a severity, a message, a range inside the file.
          const text = readFixture(c.root, file);
          for (const f of a.findings) {
            const check = checkByCode(f.code)!;
            assert.equal(f.name, check.name);
            assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
            assert.ok(['Q', 'E', 'S', 'P'].includes(f.dimension));
            assert.ok(f.message.length > 20 && !/undefined|NaN|\[object/.test(f.message), `${f.code}: odd message ${f.message}`);
            assertRangeInside(text, f, `${c.name}/${file}`);
            // A fix that teaches the team's words (.coregroup.json) is not the check's own fix: any check may offer it.
            if (f.fixes.some((x) => !x.settings)) assert.ok(check.fixable, `${f.code} offers a fix but the registry says it is not fixable`);
          }

          // Links leaving the workspace folder are never opened: every path asked for is inside the root.
          assert.ok(reader.requested.length > 0);
          for (const p of reader.requested) assert.ok(isInside(c.root, p), `${c.name}/${file}: the reader was asked for ${p}, outside ${c.root}`);
        });
      }
    });
  }
});
