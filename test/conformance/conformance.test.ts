/**
 * Runs every case of the public conformance sets (../shared/conformance and ../shared/realworld,
 * present in CI) and of our own real-template sets (test/realworld, test/realworld2) through the
 * built command line exactly as the shared runner does, and fails on any missing or extra finding.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const project = resolve(__dirname, '../../..');
const cli = join(project, 'dist/cli.js');

type Expected = { files: Record<string, { code: string; subject: string }[]> };

const key = (f: { code: string; subject: string }) => `${f.code} ${f.subject}`;

const SETS: [string, string][] = [
  ['public conformance cases (our template)', resolve(project, '../shared/conformance')],
  ['public real-template cases', resolve(project, '../shared/realworld')],
  ['our real-template cases (test/realworld)', resolve(project, 'test/realworld')],
  ['our second batch of real-template cases (test/realworld2)', resolve(project, 'test/realworld2')],
];

for (const [title, casesDir] of SETS) describe(title, () => {
  it('are present (CI lays ../shared beside the project)', () => {
    assert.ok(existsSync(casesDir), `missing ${casesDir}`);
    assert.ok(existsSync(cli), 'dist/cli.js is not built: run npm run build');
    assert.ok(readdirSync(casesDir).some((d) => existsSync(join(casesDir, d, 'expected.json'))), `no cases in ${casesDir}`);
  });
  const cases = existsSync(casesDir) ? readdirSync(casesDir).filter((d) => existsSync(join(casesDir, d, 'expected.json'))).sort() : [];
  for (const name of cases) {
    const dir = join(casesDir, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    it(`${name}: every file gives exactly the expected findings`, () => {
      const files = Object.keys(expected.files);
      const out = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--root', dir, ...files], { cwd: dir, encoding: 'utf8' });
      assert.ok(out.status === 0 || out.status === 1, `exit ${out.status}: ${out.stderr}`);
      const found = JSON.parse(out.stdout) as { file: string; code: string; subject: string }[];
      for (const file of files) {
        const got = found.filter((f) => f.file === file).map(key).sort();
        const want = expected.files[file].map(key).sort();
        assert.deepEqual(got, want, `${name}/${file}`);
      }
    });
  }
});
