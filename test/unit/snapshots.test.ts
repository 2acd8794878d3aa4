/**
 * Golden snapshots: for every file of every golden fixture folder, each finding's message and the
 * text each of its fixes gives (as a unified diff with two lines of context), in the folder's
 * snapshot.json; and each fixed text re-checked: analysed again, it no longer raises the finding the
 * fix was for (as markdownlint's fix scenarios do). The markers (golden.test.ts) own the lines; the
 * snapshots own the wording and the inserted text, so a changed sentence or fix shows in review.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { structuredPatch } from 'diff';
import type { Finding } from '../../src/core/types';
import { analyserFor } from './helpers/analyser';
import { applyFix, key, overlayReader, settingsAfter } from './helpers/edits';
import { type CheckCase, checkFixtures, readFixture } from './helpers/fixtures';
import { FsReader } from './helpers/fs-reader';
import { assertNoObsoleteSnapshots, matchSnapshot } from './helpers/snapshot';

const SNAPSHOT = 'snapshot.json';

/** The fixed text as hunks of a unified diff against the original (a fix only inserts, so mostly + lines). */
function fixedText(original: string, fixed: string): string[] {
  const patch = structuredPatch('original', 'fixed', original, fixed, '', '', { context: 2 });
  return patch.hunks.flatMap((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines]);
}

async function analyse(c: CheckCase, file: string, text?: string, settings: Record<string, string> = {}): Promise<Finding[]> {
  const a = await analyserFor(overlayReader(new FsReader(), settings)).analyse({ path: `${c.root}/${file}`, root: c.root, text, force: c.expected.force?.includes(file) });
  return a.findings;
}

const byPosition = (a: Finding, b: Finding) =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || key(a).localeCompare(key(b));

describe('golden snapshots: messages and fixed texts (test/fixtures/checks/*/snapshot.json)', () => {
  for (const c of checkFixtures()) {
    describe(c.name, () => {
      const files = Object.keys(c.expected.files);
      const path = join(c.root, SNAPSHOT);

      it('has no snapshot of a file that is gone', () => {
        assertNoObsoleteSnapshots(path, files);
      });

      for (const file of files) {
        it(file, async () => {
          const original = readFixture(c.root, file);
          const findings = (await analyse(c, file)).sort(byPosition);
          const entry = [];
          for (const f of findings) {
            const fixes = [];
            for (const fix of f.fixes) {
              const fixed = applyFix(original, fix);
              // A learning fix changes the team's settings, not the minutes: re-checked with the settings it writes.
              const settings = await settingsAfter(fix, new FsReader());
              const again = await analyse(c, file, fixed, settings);
              const still = again.find((g) => key(g) === key(f));
              if (fix.leavesFinding) {
                // A fix that inserts a prompt to complete: the finding stays, saying that the prompt is not yet a record.
                assert.ok(still && still.message !== f.message, `${c.name}/${file}: ${key(f)} should stay, in other words, after "${fix.title}"`);
              } else assert.ok(!still, `${c.name}/${file}: ${key(f)} is still raised after "${fix.title}"`);
              const wrote = Object.entries(settings).map(([p, t]) => ({ path: p.slice(c.root.length + 1), text: t }))[0];
              fixes.push({ title: fix.title, ...(fix.isPreferred ? { preferred: true } : {}), ...(wrote ? { settings: wrote } : { fixed: fixedText(original, fixed) }) });
            }
            entry.push({ finding: key(f), message: f.message, ...(fixes.length ? { fixes } : {}) });
          }
          matchSnapshot(path, file, entry);
        });
      }
    });
  }
});
