/** .coregroup.json: validation, discovery from the minutes' folder up to the root, and severities. */
import { strict as assert } from 'node:assert';
import { CHECK_CODES } from '../../src/core/checks';
import { ConfigLoader, DEFAULT_CONFIG, validateConfig, withSettings } from '../../src/core/config';
import { dayFromParts } from '../../src/core/dates';
import { analyserFor } from './helpers/analyser';
import { MemoryReader } from './helpers/memory-reader';
import { goodMinutes } from './helpers/minutes';

describe('config', () => {
  describe('validateConfig', () => {
    it('accepts a full config and applies it', () => {
      const c = validateConfig({
        $schema: './schemas/coregroup.schema.json',
        checks: { CG060: 'off', cg021: 'warning' },
        timescales: { firstMeetingWorkingDays: 15, maxDaysBetweenMeetings: 60 },
        managerRoles: ['Practice Manager'],
        extraHolidays: ['2026-05-08', '8 May 2027'],
        sections: [{ id: 'attendance', title: 'Who came' }, { id: 'health', title: 'Health', aliases: ['Health needs'], required: true }, { id: 'notes', title: 'Notes', required: false }],
      }, CHECK_CODES);
      assert.deepEqual(c.checks, { CG060: 'off', CG021: 'warning' });
      assert.deepEqual(c.timescales, { firstMeetingWorkingDays: 15, maxDaysBetweenMeetings: 60 });
      assert.deepEqual(c.managerRoles, ['Practice Manager']);
      assert.deepEqual(c.extraHolidays, [dayFromParts(2026, 5, 8), dayFromParts(2027, 5, 8)]);
      assert.deepEqual(c.sections.map((s) => [s.id, s.title, s.required]), [['attendance', 'Who came', 'always'], ['health', 'Health', 'always'], ['notes', 'Notes', 'optional']]);
      // A built-in id keeps the pack's phrases for it.
      assert.ok(c.sections[0].phrases.includes('apologies'));
    });

    it('keeps the defaults for what is not given', () => {
      const c = validateConfig({}, CHECK_CODES);
      assert.deepEqual(c.timescales, DEFAULT_CONFIG.timescales);
      assert.deepEqual(c.managerRoles, DEFAULT_CONFIG.managerRoles);
      assert.deepEqual(c.sections, DEFAULT_CONFIG.sections);
      assert.equal(c.procedure, 'england');
    });

    const bad: [string, unknown][] = [
      ['not an object', [1, 2]],
      ['null', null],
      ['unknown key', { colours: {} }],
      ['unknown check code', { checks: { CG999: 'off' } }],
      ['bad severity', { checks: { CG010: 'loud' } }],
      ['checks not an object', { checks: ['CG010'] }],
      ['unknown timescale', { timescales: { weeks: 2 } }],
      ['negative timescale', { timescales: { maxDaysBetweenMeetings: -1 } }],
      ['fractional timescale', { timescales: { maxDaysBetweenMeetings: 1.5 } }],
      ['timescale as text', { timescales: { maxDaysBetweenMeetings: '42' } }],
      ['manager roles not a list', { managerRoles: 'Team Manager' }],
      ['empty manager role', { managerRoles: ['  '] }],
      ['holidays not a list', { extraHolidays: '2026-05-08' }],
      ['holiday not a date', { extraHolidays: ['8th May'] }],
      ['holiday not text', { extraHolidays: [20260508] }],
      ['empty sections', { sections: [] }],
      ['section without id', { sections: [{ title: 'Health' }] }],
      ['section with a bad id', { sections: [{ id: 'Health Needs', title: 'Health' }] }],
      ['new section without title', { sections: [{ id: 'health' }] }],
      ['duplicate section', { sections: [{ id: 'attendance' }, { id: 'attendance' }] }],
      ['aliases not a list', { sections: [{ id: 'health', title: 'Health', aliases: 'Health needs' }] }],
      ['required not a boolean', { sections: [{ id: 'health', title: 'Health', required: 'yes' }] }],
    ];
    for (const [what, value] of bad) {
      it(`rejects ${what} with a message`, () => {
        assert.throws(() => validateConfig(value, CHECK_CODES), (e: unknown) => e instanceof Error && e.message.length > 5);
      });
    }
  });

  describe('ConfigLoader', () => {
    it('finds the nearest file from the minutes folder up to the root, and never looks above the root', async () => {
      const reader = new MemoryReader({
        '/w/.coregroup.json': '{ "checks": { "CG060": "off" } }',
        '/w/root/.coregroup.json': '{ // comments and trailing commas are allowed\n "checks": { "CG021": "hint", }, }',
        '/w/root/child/deeper/.coregroup.json': '{ "checks": { "CG034": "error" } }',
      });
      const loader = new ConfigLoader(reader, CHECK_CODES);
      const a = await loader.forFile('/w/root/child/x.md', '/w/root');
      assert.equal(a.path, '/w/root/.coregroup.json');
      assert.equal(a.problem, undefined);
      assert.deepEqual(a.config.checks, { CG021: 'hint' });
      const b = await loader.forFile('/w/root/child/deeper/x.md', '/w/root');
      assert.equal(b.path, '/w/root/child/deeper/.coregroup.json');
      for (const p of reader.reads) assert.ok(p.startsWith('/w/root/'), `read ${p}`);

      const none = await new ConfigLoader(new MemoryReader({ '/w/.coregroup.json': '{}' }), CHECK_CODES).forFile('/w/root/x.md', '/w/root');
      assert.equal(none.path, undefined);
      assert.equal(none.config, DEFAULT_CONFIG);
    });

    it('reports an invalid file and applies the defaults', async () => {
      const loader = new ConfigLoader(new MemoryReader({ '/r/.coregroup.json': '{ "checks": ' }), CHECK_CODES);
      const a = await loader.forFile('/r/x.md', '/r');
      assert.equal(a.path, '/r/.coregroup.json');
      assert.match(a.problem ?? '', /not valid JSON/);
      assert.equal(a.config, DEFAULT_CONFIG);
    });

    it('re-reads a changed file', async () => {
      const reader = new MemoryReader({ '/r/.coregroup.json': '{ "checks": { "CG060": "off" } }' });
      const loader = new ConfigLoader(reader, CHECK_CODES);
      assert.deepEqual((await loader.forFile('/r/x.md', '/r')).config.checks, { CG060: 'off' });
      reader.set('/r/.coregroup.json', '{ "checks": { "CG060": "error" } }');
      assert.deepEqual((await loader.forFile('/r/x.md', '/r')).config.checks, { CG060: 'error' });
    });
  });

  describe('severities', () => {
    const notShared = goodMinutes({ distribution: 'Shared with: core group' });

    it('uses the default severity, the editor settings, and the file over the settings', async () => {
      const run = async (files: Record<string, string>, settingsChecks?: Record<string, 'off' | 'error' | 'hint'>) => {
        const a = await analyserFor(new MemoryReader({ '/r/m.md': notShared, ...files }), { settingsChecks }).analyse({ path: '/r/m.md', root: '/r' });
        return a.findings.filter((f) => f.code === 'CG060').map((f) => f.severity);
      };
      assert.deepEqual(await run({}), ['information']);
      assert.deepEqual(await run({}, { CG060: 'error' }), ['error']);
      assert.deepEqual(await run({}, { CG060: 'off' }), []);
      assert.deepEqual(await run({ '/r/.coregroup.json': '{ "checks": { "CG060": "hint" } }' }, { CG060: 'off' }), ['hint']);
      assert.deepEqual(await run({ '/r/.coregroup.json': '{ "checks": { "CG060": "off" } }' }, { CG060: 'error' }), []);
      // An invalid file: reported, and the settings and defaults still apply.
      const bad = await analyserFor(new MemoryReader({ '/r/m.md': notShared, '/r/.coregroup.json': '{ "checks": { "CG060": "off" ' }), { settingsChecks: { CG060: 'hint' } }).analyse({ path: '/r/m.md', root: '/r' });
      assert.deepEqual(bad.findings.map((f) => `${f.code} ${f.subject} ${f.severity}`).sort(), ['CG003 config error', 'CG060 distribution hint']);
    });

    it('withSettings puts the file over the settings', () => {
      const loaded = { config: { ...DEFAULT_CONFIG, checks: { CG010: 'error' as const } } };
      assert.deepEqual(withSettings(loaded, { CG010: 'off', CG011: 'hint' }).checks, { CG010: 'error', CG011: 'hint' });
      assert.equal(withSettings(loaded, undefined), loaded.config);
    });
  });
});
