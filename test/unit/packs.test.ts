/**
 * Procedure packs (real-minutes.md, principle 11; docs/packs.md): each pack's template, the checks
 * its procedure makes meaningless, its timescales and its sources, and a team's settings refining
 * a pack. The packs and the lexicon are data: these tests also keep that data sound (no blank
 * words, no word read two ways, the schema's list of packs the same as the files').
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_CODES } from '../../src/core/checks';
import { DEFAULT_CONFIG, validateConfig } from '../../src/core/config';
import LEXICON from '../../src/core/packs/lexicon.json';
import { DEFAULT_PACK, PACK_IDS, packById } from '../../src/core/read/pack';
import { repoRoot } from './helpers/fixtures';

const config = (file: object) => validateConfig(file, CHECK_CODES);
const order = (file: object) => config(file).sections.map((s) => s.id);
const required = (file: object) => Object.fromEntries(config(file).sections.map((s) => [s.id, s.required]));

describe('procedure packs', () => {
  it('england is the default: no .coregroup.json reads with it, whatever the layout', () => {
    assert.equal(DEFAULT_CONFIG.procedure, 'england');
    assert.equal(DEFAULT_PACK.id, 'england');
    assert.deepEqual(order({}), ['attendance', 'previous-actions', 'child-voice', 'parents', 'updates', 'plan-progress', 'safety', 'actions', 'escalation', 'contingency', 'next-meeting', 'distribution']);
    assert.deepEqual(config({}).timescales, { firstMeetingWorkingDays: 10, maxDaysBetweenMeetings: 42 });
    assert.deepEqual(config({}).checks, {});
    assert.equal(config({}).parentsConsideredAnywhere, false);
  });

  it('signs-of-safety: the order check is off, parents and updates are optional, a parent is considered anywhere', () => {
    const sos = config({ procedure: 'signs-of-safety' });
    assert.equal(sos.checks.CG051, 'off');
    assert.equal(required({ procedure: 'signs-of-safety' }).parents, 'optional');
    assert.equal(required({ procedure: 'signs-of-safety' }).updates, 'optional');
    assert.equal(required({ procedure: 'signs-of-safety' }).safety, 'always');
    assert.equal(sos.parentsConsideredAnywhere, true);
    assert.deepEqual(order({ procedure: 'signs-of-safety' }), order({}), 'the same sections as england');
  });

  it('wales: the core group tasks are the template, in the procedures\' order; CG032 and CG051 off', () => {
    assert.deepEqual(order({ procedure: 'wales' }), ['attendance', 'previous-actions', 'safety', 'updates', 'plan-progress', 'parents', 'child-voice', 'access', 'actions', 'escalation', 'contingency', 'next-meeting', 'distribution']);
    const wales = config({ procedure: 'wales' });
    assert.equal(wales.checks.CG032, 'off');
    assert.equal(wales.checks.CG051, 'off');
    assert.equal(required({ procedure: 'wales' }).access, 'optional');
    for (const id of ['attendance', 'contingency', 'next-meeting', 'distribution']) assert.equal(required({ procedure: 'wales' })[id], 'always', id);
    assert.equal(wales.sections.find((s) => s.id === 'safety')?.title, 'Risks of ongoing significant harm');
    assert.deepEqual(wales.timescales, { firstMeetingWorkingDays: 10, maxDaysBetweenMeetings: 42 });
  });

  it("a team's settings refine the pack: their checks, timescales and sections win", () => {
    const own = config({ procedure: 'wales', checks: { CG051: 'warning' }, timescales: { maxDaysBetweenMeetings: 28 } });
    assert.equal(own.checks.CG051, 'warning');
    assert.equal(own.checks.CG032, 'off');
    assert.equal(own.timescales.maxDaysBetweenMeetings, 28);
    assert.equal(own.timescales.firstMeetingWorkingDays, 10);
    assert.deepEqual(order({ procedure: 'wales', sections: [{ id: 'attendance' }, { id: 'safety' }, { id: 'actions' }] }), ['attendance', 'safety', 'actions']);
  });

  it('an unknown procedure is refused in plain words, naming the packs', () => {
    assert.throws(() => config({ procedure: 'scotland' }), (e: Error) => /procedure/.test(e.message) && /england/.test(e.message) && /wales/.test(e.message));
  });

  it('the schema lists exactly the packs there are', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot(), 'schemas', 'coregroup.schema.json'), 'utf8')) as { properties: { procedure: { enum: string[] } } };
    assert.deepEqual([...schema.properties.procedure.enum].sort(), [...PACK_IDS].sort());
  });

  for (const id of PACK_IDS) {
    it(`${id}: every section has a title and phrases, none blank or repeated, and the pack names its sources`, () => {
      const pack = packById(id)!;
      assert.ok(pack.sources.length > 0, 'sources');
      assert.ok(pack.title.trim().length > 0);
      const ids = pack.sections.map((s) => s.id);
      assert.equal(new Set(ids).size, ids.length, 'section ids are unique');
      for (const s of pack.sections) {
        assert.ok(s.title.trim(), s.id);
        assert.ok(s.phrases.length > 0, s.id);
        for (const p of s.phrases) assert.ok(p.trim() === p && p !== '', `${s.id}: ${JSON.stringify(p)}`);
      }
      for (const d of pack.dualPhrases) for (const s of d.sections) assert.ok(ids.includes(s) || DEFAULT_PACK.sections.some((x) => x.id === s), `${d.phrase}: ${s}`);
      for (const section of Object.keys(pack.keywords)) assert.ok(ids.includes(section), `keyword section ${section}`);
      for (const code of Object.keys(pack.checks)) assert.ok(CHECK_CODES.has(code), code);
    });
  }

  describe('the lexicon', () => {
    const lists = (o: Record<string, string[]>) => Object.entries(o).flatMap(([k, words]) => words.map((w) => [k, w.toLowerCase()] as const));
    const clashes = (o: Record<string, string[]>) => {
      const seen = new Map<string, string>();
      const out: string[] = [];
      for (const [k, w] of lists(o)) {
        if (seen.has(w) && seen.get(w) !== k) out.push(`${w}: ${seen.get(w)} and ${k}`);
        seen.set(w, k);
      }
      return out;
    };

    it('no status word is two statuses', () => assert.deepEqual(clashes(LEXICON.status), []));
    it('no attendance word is both present and absent', () => assert.deepEqual(clashes(LEXICON.attended), []));
    it('no role word is two kinds of person', () => assert.deepEqual(clashes(LEXICON.roles), []));
    it('no rating word is two ratings', () => assert.deepEqual(clashes(LEXICON.ratings), []));
    it('no word is blank or padded', () => {
      const all = [...lists(LEXICON.status), ...lists(LEXICON.attended), ...lists(LEXICON.roles), ...lists(LEXICON.ratings)].map(([, w]) => w);
      const people = [...LEXICON.honorifics, ...LEXICON.sameParent.flat(), ...LEXICON.notInvolvement, ...Object.values(LEXICON.attendanceLabels).flat()];
      for (const w of [...all, ...people, ...LEXICON.placeholders, ...LEXICON.stockPhrases, ...LEXICON.absencePhrases]) assert.ok(w !== '' && w.trim() === w, JSON.stringify(w));
    });
  });
});
