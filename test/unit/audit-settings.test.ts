/**
 * The settings an audit read the minutes with (src/core/audit/settings.ts): a fingerprint per file,
 * recorded in the report, so that a comparison says when the two audits read the minutes
 * differently (another procedure pack, a .coregroup.json naming other headings) instead of showing
 * the difference as a change in practice.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, AuditOptions } from '../../src/cli/audit-command';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { settingsFingerprint } from '../../src/core/audit/settings';
import { generateCorpus, writeCorpus } from '../corpus/main';

describe('audit: the settings the minutes were read with', function () {
  this.timeout(120000);

  it('fingerprints the pack and what shapes reading, not the check levels', () => {
    const england = settingsFingerprint(DEFAULT_CONFIG);
    assert.match(england, /^england:[0-9a-f]{12}$/);
    assert.equal(settingsFingerprint({ ...DEFAULT_CONFIG }), england, 'the same settings, the same fingerprint');
    assert.equal(settingsFingerprint({ ...DEFAULT_CONFIG, checks: { ...DEFAULT_CONFIG.checks, CG030: 'off' } }), england, 'no measure depends on a level');
    assert.notEqual(settingsFingerprint({ ...DEFAULT_CONFIG, managerRoles: ['Practice lead'] }), england);
    assert.notEqual(settingsFingerprint({ ...DEFAULT_CONFIG, timescales: { ...DEFAULT_CONFIG.timescales, maxDaysBetweenMeetings: 28 } }), england);
    assert.notEqual(settingsFingerprint({ ...DEFAULT_CONFIG, sections: DEFAULT_CONFIG.sections.map((x, i) => (i === 0 ? { ...x, aliases: [...(x.aliases ?? []), 'Who came'] } : x)) }), england);
    assert.match(settingsFingerprint({ ...DEFAULT_CONFIG, procedure: 'wales' }), /^wales:/);
  });

  it('records them in the report, and a comparison says when they differ, in JSON and Markdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'core-group-audit-settings-'));
    try {
      writeCorpus(join(dir, 'minutes'), generateCorpus({ children: 4, meetings: 2, seed: 9 }).files);
      const opts = (over: Partial<AuditOptions> = {}): AuditOptions => ({ folder: 'minutes', cwd: dir, format: 'json', jobs: 0, version: 'test', now: new Date(2026, 11, 1), ...over });
      const first = await audit(opts());
      assert.deepEqual(first.report.settings.readWith?.procedures, ['england']);
      writeFileSync(join(dir, 'earlier.json'), first.output);
      const same = await audit(opts({ compare: 'earlier.json' }));
      assert.equal(same.report.comparison?.settingsChanged, undefined, 'the same settings: nothing to say');
      writeFileSync(join(dir, 'minutes', '.coregroup.json'), '{ "procedure": "wales" }');
      const other = await audit(opts({ compare: 'earlier.json' }));
      assert.deepEqual(other.report.comparison?.settingsChanged, { then: ['england'], now: ['wales'] });
      assert.deepEqual(JSON.parse(other.output).comparison.settingsChanged, { then: ['england'], now: ['wales'] });
      const md = (await audit(opts({ compare: 'earlier.json', format: 'md' }))).output;
      assert.ok(md.includes('**The two audits read the minutes with different settings (procedure pack england then, wales now,'), md.slice(0, 2000));
      // A report saved before settings were recorded compares as before, without the statement.
      const old = JSON.parse(readFileSync(join(dir, 'earlier.json'), 'utf8'));
      delete old.settings.readWith;
      writeFileSync(join(dir, 'older.json'), JSON.stringify(old));
      assert.equal((await audit(opts({ compare: 'older.json' }))).report.comparison?.settingsChanged, undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
