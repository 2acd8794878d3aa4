/**
 * The files generated from the check registry (`npm run generate`) are current: the schema's
 * per-check entries, the README's table, docs/checks.md's table and headings; and the editor's words
 * for translators (l10n/bundle.l10n.json). And the registry
 * itself is what the generator and the docs say it is: one line per check, under its code, in
 * code order.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLE, l10nSources, renderBundle } from '../../scripts/generate/l10n-bundle';
import { GENERATED, renderDocs } from '../../scripts/generate/render';
import { CHECKS } from '../../src/core/checks';
import type { Check } from '../../src/core/checks/check';
import * as registry from '../../src/core/checks/registry';

const project = resolve(__dirname, '../../..');

describe('files generated from the check registry', () => {
  for (const file of GENERATED) {
    it(`${file.path} is what npm run generate writes`, () => {
      const committed = readFileSync(join(project, file.path), 'utf8');
      assert.equal(file.render(committed, CHECKS), committed, `${file.path} is out of date: run npm run generate and commit the result`);
    });
  }

  it(`the editor's words for translators, l10n/bundle.l10n.json, are what npm run generate writes`, async () => {
    assert.equal(await renderBundle(project), readFileSync(join(project, BUNDLE), 'utf8'), `${BUNDLE} is out of date: run npm run generate and commit the result`);
    const read = l10nSources(project).map(([path]) => path);
    for (const p of ['src/editor/messages.ts', 'src/panel/messages.ts', 'src/core/messages/panel.ts', 'src/core/messages/audit.ts']) assert.ok(read.includes(p), `${p} is read`);
  });

  it('gives a new check a heading and a placeholder in the docs, in registry order, keeping the hand-written text', () => {
    const docs = readFileSync(join(project, 'docs/checks.md'), 'utf8');
    const extra: Check = { ...CHECKS[0], code: 'CG005', name: 'new-check', description: 'Something new.', fixable: false, dimensionNote: undefined };
    const next = renderDocs(docs, [CHECKS[0], extra, ...CHECKS.slice(1)]);
    const at = (s: string) => next.indexOf(s);
    assert.ok(at('## CG001 missing-section') < at('## CG005 new-check') && at('## CG005 new-check') < at('## CG002 empty-section'));
    assert.match(next, /<a id="cg005"><\/a>\n\n## CG005 new-check\n\nSomething new\.\n\n\*\*Usual level:\*\* warning\. \*\*Area:\*\* Q\./);
    assert.match(next, /\| \[CG005\]\(#cg005\) \| new-check \| warning \| Q \| Something new\. \| — \|/);
    // Every hand-written line of the docs is still there.
    for (const line of docs.split('\n').filter((l) => l.startsWith('**What it looks for.**'))) assert.ok(next.includes(line), line);
    assert.equal(renderDocs(next, [CHECKS[0], extra, ...CHECKS.slice(1)]), next, 'generating twice changes nothing');
  });

  it('refuses to drop the hand-written text of a check that left the registry', () => {
    const docs = readFileSync(join(project, 'docs/checks.md'), 'utf8');
    assert.throws(() => renderDocs(docs, CHECKS.filter((c) => c.code !== 'CG042')), /CG042 is not in the registry; remove its section by hand/);
  });
});

describe('the registry file', () => {
  it('exports each check under its own code, one line each, in code order', () => {
    for (const [name, check] of Object.entries(registry)) assert.equal(name, check.code);
    const text = readFileSync(join(project, 'src/core/checks/registry.ts'), 'utf8');
    const lines = text.split('\n').filter((l) => l.startsWith('export '));
    assert.deepEqual(lines.map((l) => /as (CG\d{3})/.exec(l)?.[1]), CHECKS.map((c) => c.code));
    assert.equal(lines.length, Object.keys(registry).length);
  });
});

describe('the walk-through of adding a check (docs/contributing.md)', () => {
  it('adds a code the registry does not have yet, named and registered as the rules say', () => {
    const doc = readFileSync(join(project, 'docs/contributing.md'), 'utf8');
    const code = /^ {2}code: '(CG\d{3})',$/m.exec(doc)?.[1];
    const name = /^ {2}name: '([a-z-]+)',$/m.exec(doc)?.[1];
    assert.ok(code && name, 'the walk-through shows a check with a code and a name');
    assert.ok(!CHECKS.some((c) => c.code === code), `${code} is already in the registry: give the walk-through a free code`);
    const module = `${code.toLowerCase()}-${name}`;
    assert.ok(doc.includes(`\`src/core/checks/${module}.ts\``), `the walk-through's file is named ${module}.ts`);
    assert.ok(doc.includes(`test/fixtures/checks/${code}-`), "the walk-through's fixture folder starts with the code");
    const line = new RegExp(`^export \\{ \\w+ as ${code} \\} from '\\./${module}';$`, 'm');
    assert.match(doc, line, 'the walk-through shows its registry line');
    const registered = readFileSync(join(project, 'src/core/checks/registry.ts'), 'utf8').split('\n').filter((l) => l.startsWith('export '));
    assert.ok(registered.every((l) => /^export \{ \w+ as CG\d{3} \} from '\.\/cg\d{3}-[a-z-]+';$/.test(l)), 'the registry lines have the shape the walk-through shows');
  });
});
