/**
 * `.coregroup.json` read safely and validated by the shipped schema: the generated validator matches
 * the schema; names that reach a prototype are refused anywhere; nesting 5,000 deep is a finding, not
 * a stack overflow; a byte order mark is accepted; and every problem is one of our own sentences,
 * naming the setting, never the validator's or the parser's words.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit } from '../../src/cli/audit-command';
import { CHECK_CODES } from '../../src/core/checks';
import { ConfigLoader, DEFAULT_CONFIG, validateConfig } from '../../src/core/config';
import { readConfigJson } from '../../src/core/config-json';
import { SCHEMA_PATH, VALIDATOR_PATH, validatorSource } from '../../scripts/config-validator';
import { analyserFor } from './helpers/analyser';
import { ENGINE_WORDS } from './helpers/engine-words';
import { repoRoot } from './helpers/fixtures';
import { MemoryReader } from './helpers/memory-reader';
import { goodMinutes } from './helpers/minutes';


async function problemOf(text: string): Promise<string | undefined> {
  return (await new ConfigLoader(new MemoryReader({ '/r/.coregroup.json': text }), CHECK_CODES).forFile('/r/m.md', '/r')).problem;
}

describe('config: schema and safe reading', () => {
  it('uses a validator generated from the schema as it is now (npm run schema:validator)', () => {
    const root = repoRoot();
    const fresh = validatorSource(readFileSync(join(root, SCHEMA_PATH), 'utf8'));
    assert.ok(fresh === readFileSync(join(root, VALIDATOR_PATH), 'utf8'), `${VALIDATOR_PATH} is stale: run npm run schema:validator`);
    assert.doesNotMatch(fresh, /new Function|\beval\(/, 'plain code, nothing compiled at run time');
  });

  describe('names that reach a prototype', () => {
    const attacks = {
      'a top-level __proto__': '{"__proto__": {"checks": {"CG001": "off"}}}',
      'a __proto__ inside checks': '{"checks": {"__proto__": {"CG001": "off"}}}',
      'constructor inside timescales': '{"timescales": {"constructor": {"prototype": {"x": 1}}}}',
      'prototype inside a section': '{"sections": [{"id": "attendance", "prototype": {}}]}',
      'a __proto__ two levels down': '{"sections": [{"id": "x", "title": "X", "aliases": [{"__proto__": {}}]}]}',
    };
    for (const [what, text] of Object.entries(attacks)) {
      it(`refuses ${what} as a CG003 config finding, with the defaults applied`, async () => {
        const minutes = goodMinutes({ safety: null });
        const a = await analyserFor(new MemoryReader({ '/r/m.md': minutes, '/r/.coregroup.json': text })).analyse({ path: '/r/m.md', root: '/r' });
        const config = a.findings.filter((f) => f.code === 'CG003' && f.subject === 'config');
        assert.equal(config.length, 1);
        assert.match(config[0].message, /"(__proto__|constructor|prototype)" as a name \(line 1\)/);
        assert.equal(a.config, DEFAULT_CONFIG);
        // CG001 is not turned off through the prototype.
        assert.ok(a.findings.some((f) => f.code === 'CG001' && f.subject === 'safety'));
        assert.equal(({} as Record<string, unknown>).checks, undefined, 'no prototype was changed');
      });
    }

    it('builds the data without prototypes, so nothing can be inherited', () => {
      const r = readConfigJson('{"checks": {"CG010": "off"}, "sections": [{"id": "a", "title": "A"}]}');
      const v = r.value as Record<string, Record<string, unknown>[]>;
      assert.equal(Object.getPrototypeOf(v), null);
      assert.equal(Object.getPrototypeOf(v.checks), null);
      assert.equal(Object.getPrototypeOf(v.sections[0]), null);
      assert.equal(Array.isArray(v.sections), true);
    });

    it('reports a name given twice', async () => {
      assert.match((await problemOf('{\n "checks": {"CG010": "off"},\n "checks": {"CG010": "error"}\n}')) ?? '', /"checks" is given twice .*line 3/);
    });
  });

  describe('nesting and encoding', () => {
    const deep = (n: number) => '{"checks": ' + '{"a": '.repeat(n) + '1' + '}'.repeat(n) + '}';

    it('reports a file nested 5,000 deep (30 KB) as a config finding with the defaults applied', async () => {
      const text = deep(5000);
      assert.ok(text.length > 30_000);
      const a = await analyserFor(new MemoryReader({ '/r/m.md': goodMinutes(), '/r/.coregroup.json': text })).analyse({ path: '/r/m.md', root: '/r' });
      assert.deepEqual(a.findings.map((f) => `${f.code} ${f.subject}`), ['CG003 config']);
      assert.match(a.findings[0].message, /nested more than 32 levels deep \(from line 1\)/);
      assert.equal(a.config, DEFAULT_CONFIG);
      for (const d of [[1e5, 'brackets'], [1e5, 'arrays']] as const) {
        const t = d[1] === 'arrays' ? '['.repeat(d[0]) + ']'.repeat(d[0]) : deep(d[0]);
        assert.match((await problemOf(t)) ?? '', /nested more than/);
      }
    });

    it('still finds the minutes when the audit meets that file', async function () {
      this.timeout(60000);
      const dir = mkdtempSync(join(tmpdir(), 'core-group-deep-config-'));
      try {
        mkdirSync(join(dir, 'in', 'child'), { recursive: true });
        writeFileSync(join(dir, 'in', '.coregroup.json'), deep(5000));
        writeFileSync(join(dir, 'in', 'child', 'm.md'), goodMinutes());
        const run = await audit({ folder: 'in', cwd: dir, format: 'md', jobs: 0, version: 'test' });
        assert.equal(run.report.files.minutes, 1);
        assert.deepEqual(run.report.problems.map((p) => p.kind), ['config']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('accepts a UTF-8 byte order mark', async () => {
      const loaded = await new ConfigLoader(new MemoryReader({ '/r/.coregroup.json': '\uFEFF{ "checks": { "CG060": "off" } }' }), CHECK_CODES).forFile('/r/m.md', '/r');
      assert.equal(loaded.problem, undefined);
      assert.deepEqual(loaded.config.checks, { CG060: 'off' });
    });
  });

  describe('problems in our own words, naming the setting', () => {
    const cases: [string, string, RegExp][] = [
      ['[1, 2]', 'not an object', /must be a JSON object/],
      ['{"colours": {}}', 'unknown key', /"colours" is not a setting/],
      ['{"checks": {"CG999": "off"}}', 'unknown code', /"CG999" is not a check code/],
      ['{"checks": {"cg010": "loud"}}', 'bad level', /level for CG010 must be one of off, hint/],
      ['{"checks": ["CG010"]}', 'checks as a list', /"checks" must be a JSON object/],
      ['{"timescales": {"weeks": 2}}', 'unknown timescale', /"weeks" is not a setting this tool knows in "timescales"/],
      ['{"timescales": {"maxDaysBetweenMeetings": -1}}', 'negative', /"timescales.maxDaysBetweenMeetings" must be a whole number from 0 to 3650/],
      ['{"timescales": {"maxDaysBetweenMeetings": 1.5}}', 'fraction', /"timescales.maxDaysBetweenMeetings" must be a whole number/],
      ['{"managerRoles": "Team Manager"}', 'roles as text', /"managerRoles" must be a list/],
      ['{"managerRoles": ["Manager", "  "]}', 'blank role', /item 2 of "managerRoles" must not be blank/],
      ['{"extraHolidays": [20260508]}', 'holiday as a number', /item 1 of "extraHolidays" must be text/],
      ['{"extraHolidays": ["8th May"]}', 'not a date', /"8th May" in extraHolidays is not a date/],
      ['{"sections": []}', 'no sections', /"sections" must list at least one item/],
      ['{"sections": [{"title": "Health"}]}', 'section without id', /item 1 of "sections" needs "id"/],
      ['{"sections": [{"id": "x", "title": "X"}, {"id": "Health Needs", "title": "H"}]}', 'bad id', /"id" in item 2 of "sections" must be lower case letters/],
      ['{"sections": [{"id": "health"}]}', 'new section without title', /section 1 in "sections" needs an "id" .* and a "title"/],
      ['{"sections": [{"id": "x", "title": "X", "aliases": ["a", 3]}]}', 'alias not text', /item 2 of "aliases" in item 1 of "sections" must be text/],
      ['{"sections": [{"id": "x", "title": "X", "required": "yes"}]}', 'required as text', /"required" in item 1 of "sections" must be true or false/],
      ['{ "checks": ', 'cut short', /not valid JSON: a value is missing on line 1/],
      ['{\n  "checks": {\n    "CG010": "off"\n    "CG011": "off"\n  }\n}', 'missing comma', /not valid JSON: a "," is missing .* on line 4/],
      ['{"extraHolidays": [{"__proto__": null}]}', 'a prototype-less value where text belongs', /"__proto__" as a name/],
      ['', 'an empty file', /not valid JSON/],
    ];
    for (const [text, what, want] of cases) {
      it(`${what}: ${want.source.slice(0, 40)}`, async () => {
        const problem = (await problemOf(text)) ?? '';
        assert.match(problem, want);
        assert.doesNotMatch(problem, ENGINE_WORDS);
      });
    }

    it('throws only our own error type from validateConfig', () => {
      assert.throws(() => validateConfig({ timescales: { maxDaysBetweenMeetings: '42' } }, CHECK_CODES), /"timescales.maxDaysBetweenMeetings" must be a whole number from 0 to 3650/);
    });
  });
});
