/**
 * Symbolic links that lead outside the root (issue 9, item 1), through the command line's reader:
 * each is refused with a CG003 `outside` finding, and the file behind it is never read. A link that
 * stays inside the root is followed as before.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit } from '../../src/cli/audit-command';
import { runCheck } from '../../src/cli/check-command';
import { accessMessages } from '../../src/core/messages/access';
import { analyserFor } from './helpers/analyser';
import { asMinutes } from './helpers/narrow';
import { key } from './helpers/edits';
import { FsReader, toPosix } from './helpers/fs-reader';
import { goodMinutes, table } from './helpers/minutes';

const ACTIONS_H = ['ID', 'Action', 'Outcome', 'Owner', 'Due'];
const REVIEW_H = ['ID', 'Action', 'Owner', 'Due', 'Status', 'Update', 'Impact on the child'];

/** Minutes set outside the root: if they were read, CG010 would report their action S1 as unreviewed. */
const SECRET = goodMinutes({ actions: table(ACTIONS_H, [['S1', 'SECRET outside action', 'O1', 'Nadia Ellis', '2026-09-24']]) }, { date: '2026-08-01' });
/** A later meeting for the same child reviewing A1 and A2 (the defaults) and nothing else. */
const later = (front: Record<string, string | number>) =>
  goodMinutes({ 'previous-actions': table(REVIEW_H, [['A1', 'Parenting course', 'Nadia Ellis', '2026-09-24', 'Done', 'Done', 'Calmer']]) }, { date: '2026-10-08', meeting: 2, icpc: undefined, 'chair-role': 'Social Worker', ...front });

describe('symbolic links leading outside the root', () => {
  let tmp = '';
  let root = '';
  let outside = '';
  const p = (...parts: string[]) => toPosix(join(root, ...parts));
  const analyse = async (path: string) => {
    const reader = new FsReader();
    const a = await analyserFor(reader).analyse({ path, root: toPosix(root) });
    return { a, reader, outsideReads: reader.reads.filter((r) => r.includes('/secret') || r.includes('/outside/') || r.includes('passwd')) };
  };

  before(() => {
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'core-group-links-')));
    root = join(tmp, 'root');
    outside = join(tmp, 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'secret.md'), SECRET);
    writeFileSync(join(outside, 'plan.md'), '---\ntype: cp-plan\nchild: P.Q.\n---\n\n## Outcomes\n\n### O7 SECRET outcome\n');
    writeFileSync(join(outside, 'settings.json'), '{ "checks": { "CG060": "off", "CG003": "off" } }');
    for (const d of ['previous', 'plan', 'config', 'walk', 'discovery', 'inside/shared', 'inside/child']) mkdirSync(join(root, d), { recursive: true });
    // previous: through a linked folder (child/outdir -> ../../outside)
    symlinkSync('../../outside', join(root, 'previous', 'outdir'));
    writeFileSync(join(root, 'previous', 'current.md'), later({ previous: './outdir/secret.md' }));
    // plan: a linked file
    symlinkSync(join(outside, 'plan.md'), join(root, 'plan', 'outplan.md'));
    writeFileSync(join(root, 'plan', 'current.md'), goodMinutes({}, { plan: './outplan.md' }));
    // .coregroup.json: a linked file
    symlinkSync(join(outside, 'settings.json'), join(root, 'config', '.coregroup.json'));
    writeFileSync(join(root, 'config', 'current.md'), goodMinutes({ distribution: 'Shared with: core group' }));
    // a folder walked by check DIR and audit DIR, holding a link named like minutes
    symlinkSync(join(outside, 'secret.md'), join(root, 'walk', 'passwd.md'));
    writeFileSync(join(root, 'walk', 'good.md'), goodMinutes());
    // discovery: an earlier meeting of the same child, in the same folder, is a link to outside
    symlinkSync(join(outside, 'secret.md'), join(root, 'discovery', '2026-08-01-core-group.md'));
    writeFileSync(join(root, 'discovery', '2026-10-08-core-group.md'), later({}));
    // a link that stays inside the root is followed
    writeFileSync(join(root, 'inside', 'shared', 'first.md'), goodMinutes());
    symlinkSync('../shared', join(root, 'inside', 'child', 'linked'));
    writeFileSync(join(root, 'inside', 'child', 'current.md'), later({ previous: './linked/first.md' }));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('previous: through a linked folder is refused, and the file behind it is not read', async () => {
    const { a, outsideReads } = await analyse(p('previous', 'current.md'));
    assert.deepEqual(a.findings.map(key), ['CG003 outside']);
    assert.equal(a.findings[0].message, accessMessages.linkLeavesByLink('previous', './outdir/secret.md'));
    assert.deepEqual(asMinutes(a).series!.previous, []);
    assert.deepEqual(outsideReads, []);
  });

  it('previous and plan both outside: one finding that names both', async () => {
    const reader = new FsReader();
    writeFileSync(p('plan', 'both.md'), later({ previous: '../previous/outdir/secret.md', plan: './outplan.md' }));
    const a = await analyserFor(reader).analyse({ path: p('plan', 'both.md'), root: toPosix(root) });
    assert.deepEqual(a.findings.map(key), ['CG003 outside']);
    assert.equal(a.findings[0].message, `${accessMessages.linkLeavesByLink('previous', '../previous/outdir/secret.md')} ${accessMessages.linkLeavesByLink('plan', './outplan.md')}`);
  });

  it('a linked plan is refused', async () => {
    const { a, outsideReads } = await analyse(p('plan', 'current.md'));
    assert.deepEqual(a.findings.map(key), ['CG003 outside']);
    assert.equal(asMinutes(a).series!.plan, undefined);
    assert.deepEqual(outsideReads, []);
  });

  it('a linked .coregroup.json is refused: the standard settings apply', async () => {
    const { a, reader } = await analyse(p('config', 'current.md'));
    // Its content would have turned CG060 and CG003 off.
    assert.deepEqual(a.findings.map(key).sort(), ['CG003 outside', 'CG060 distribution']);
    assert.match(a.findings.find((f) => f.code === 'CG003')!.message, /^The settings file config\/\.coregroup\.json is a shortcut/);
    assert.ok(!reader.reads.includes(p('config', '.coregroup.json')), 'the settings file was not read');
  });

  it('a linked file among the folder\'s minutes is not discovered as the earlier meeting', async () => {
    const { a, outsideReads } = await analyse(p('discovery', '2026-10-08-core-group.md'));
    assert.deepEqual(asMinutes(a).series!.previous, []);
    assert.deepEqual(a.findings.map(key), []);
    assert.deepEqual(outsideReads, []);
  });

  it('a document with no real location (an untitled one) is analysed from its text, not refused', async () => {
    const a = await analyserFor(new FsReader()).analyse({ path: 'Untitled-1', text: goodMinutes() });
    assert.equal(a.refused, undefined);
    assert.deepEqual([a.isMinutes, a.findings.map(key)], [true, []]);
  });

  it('a link that stays inside the root is followed', async () => {
    const { a } = await analyse(p('inside', 'child', 'current.md'));
    assert.deepEqual(asMinutes(a).series!.previous.map((m) => m.doc.path), [p('inside', 'child', 'linked', 'first.md')]);
    assert.deepEqual(a.findings.map(key), ['CG010 A2']);
  });

  it('check DIR reports a linked file as CG003 outside and prints nothing from behind it', async () => {
    const r = await runCheck({ format: 'text', inputs: ['walk', 'previous', 'discovery'], cwd: root, root, version: 'test' });
    assert.equal(r.exitCode, 1);
    assert.ok(!r.stdout.includes('SECRET'), r.stdout);
    const lines = r.stdout.trimEnd().split('\n');
    assert.deepEqual(lines.filter((l) => l.includes('CG003')).map((l) => l.split('  ')[0]), ['walk/passwd.md:1:1', 'previous/current.md:8:1', 'discovery/2026-08-01-core-group.md:1:1']);
    assert.ok(lines.some((l) => l.startsWith('walk/passwd.md:1:1  CG003') && l.endsWith(accessMessages.fileOutside)));
  });

  it('audit DIR lists a linked file as not read, and reads nothing outside', async () => {
    const run = await audit({ folder: 'walk', cwd: root, format: 'json', jobs: 0, version: 'test' });
    assert.deepEqual(run.report.problems.map((g) => [g.kind, g.files]), [['unreadable', [{ path: 'passwd.md', subject: 'outside' }]]]);
    assert.deepEqual(run.report.files, { markdown: 2, minutes: 1, children: 1, drafts: 0, outsidePeriod: 0, undated: 0 });
    assert.ok(!run.output.includes('SECRET'));
  });
});
