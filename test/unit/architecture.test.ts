/** The project's standards, checked: the core stays editor-free, the README and schema match the registry, files stay small (tests and scripts too), every `any` says why, no sentence is defined twice. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHECKS } from '../../src/core/checks';

const project = resolve(__dirname, '../../..');

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

const CODE = /\.(?:ts|mts|mjs|cjs|js)$/;

/** The tests' own code: not the fixtures' and real-template cases' files, which are data. */
function testCode(): string[] {
  return files(join(project, 'test'), CODE).filter((f) => !/\/test\/(?:fixtures|realworld2?)\//.test(f));
}

/**
 * The sentences of a source file: string literals (and the fixed parts of template literals) of 40
 * characters or more with at least three spaces, outside comments.
 */
function sentencesIn(text: string): string[] {
  const code = text.split('\n').filter((l) => !/^\s*(?:\/\/|\*|\/\*)/.test(l)).join('\n');
  const out: string[] = [];
  for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    const parts = m[3] !== undefined ? m[3].split(/\$\{[^}]*\}/) : [m[1] ?? m[2]];
    for (const part of parts) if (part.length >= 40 && / \S+ \S+ /.test(part)) out.push(part.trim());
  }
  return out;
}

describe('architecture', () => {
  it('src/core imports nothing from vscode and no Node-only module', () => {
    const core = files(join(project, 'src/core'), /\.ts$/);
    assert.ok(core.length > 20);
    for (const f of core) {
      const text = readFileSync(f, 'utf8');
      assert.doesNotMatch(text, /from ['"]vscode['"]|require\(['"]vscode['"]\)/, f);
      assert.doesNotMatch(text, /from ['"](node:)?(fs|path|os|child_process|worker_threads|crypto|http|https|net)['"]/, f);
    }
  });

  it('the panel imports nothing from the editor layer, and only the analysis and the checks see the checks\' context', () => {
    for (const f of files(join(project, 'src/panel'), /\.ts$/)) assert.doesNotMatch(readFileSync(f, 'utf8'), /from ['"]\.\.\/editor\//, f);
    for (const f of files(join(project, 'src'), /\.ts$/)) {
      if (f.includes('/src/core/checks/') || f.endsWith('/src/core/analyse.ts')) continue;
      assert.doesNotMatch(readFileSync(f, 'utf8'), /checks\/context['"]/, f);
    }
  });

  it('no file of code is over 400 lines: sources, tests and scripts', () => {
    const code = [...files(join(project, 'src'), CODE), ...testCode(), ...files(join(project, 'scripts'), CODE)];
    assert.ok(code.length > 200);
    for (const f of code) {
      const lines = readFileSync(f, 'utf8').split('\n').length;
      assert.ok(lines <= 400, `${f} has ${lines} lines`);
    }
  });

  it('says why wherever a type is any', () => {
    for (const f of [...files(join(project, 'src'), /\.m?ts$/), ...testCode().filter((p) => /\.m?ts$/.test(p)), ...files(join(project, 'scripts'), /\.m?ts$/)]) {
      if (f.endsWith('.generated.ts')) continue;
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/\/\/.*$|'[^']*'|"[^"]*"|`[^`]*`/g, '');
        if (!/(?::|<|\bas|,|\|)\s*any\b(?!\w)|\bany\[\]/.test(code)) return;
        assert.ok(/\/\/|\/\*/.test(line) || /\/\/|\/\*|^\s*\*/.test(lines[i - 1] ?? ''), `${f}:${i + 1}: any without a comment saying why`);
      });
    }
  });

  it('writes no sentence twice in the sources: each message, prompt or label has one definition', () => {
    const where = new Map<string, string[]>();
    for (const f of files(join(project, 'src'), /\.ts$/)) {
      if (f.endsWith('.generated.ts')) continue;
      for (const s of sentencesIn(readFileSync(f, 'utf8'))) where.set(s, [...(where.get(s) ?? []), f.slice(project.length + 1)]);
    }
    assert.ok(where.size > 200, 'sentences were found');
    assert.deepEqual([...where].filter(([, fs]) => fs.length > 1), []);
  });

  it('the extension and the command line start no processes and make no network requests', () => {
    for (const f of [...files(join(project, 'src'), /\.ts$/)]) {
      const text = readFileSync(f, 'utf8');
      assert.doesNotMatch(text, /child_process|\bfetch\(|XMLHttpRequest|from ['"](node:)?(http|https|net)['"]/, f);
    }
  });

  it('webview code never writes HTML from strings and nonces come from crypto', () => {
    for (const f of files(join(project, 'src/panel'), /\.ts$/)) {
      const text = readFileSync(f, 'utf8');
      assert.doesNotMatch(text, /\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/, f);
      assert.doesNotMatch(text, /Math\.random/, f);
    }
    assert.match(readFileSync(join(project, 'src/panel/html.ts'), 'utf8'), /getRandomValues/);
  });
});

describe('dependencies the lean tokeniser leans on', () => {
  // src/core/parse/lean-tokenize.ts relies on token behaviour micromark does not document; an
  // upgrade is a deliberate change of these pins, checked by lean-tokenize.test.ts and
  // parse-events.test.ts (the lean events against micromark's own, and against the mdast tree).
  it('pins micromark, its table extension and micromark-util-subtokenize exactly, as installed', () => {
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
    for (const name of ['micromark', 'micromark-extension-gfm-table', 'micromark-util-subtokenize']) {
      const pinned: string = pkg.dependencies[name];
      assert.match(pinned, /^\d+\.\d+\.\d+$/, `${name} is pinned to an exact version`);
      const installed = JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')).version;
      assert.equal(installed, pinned, `${name}: installed ${installed}, pinned ${pinned}; run npm install`);
    }
  });
});

describe('the check registry', () => {
  it('has unique codes and names, one module per check', () => {
    assert.equal(new Set(CHECKS.map((c) => c.code)).size, CHECKS.length);
    assert.equal(new Set(CHECKS.map((c) => c.name)).size, CHECKS.length);
    const modules = readdirSync(join(project, 'src/core/checks')).filter((n) => /^cg\d{3}-/.test(n));
    for (const c of CHECKS) assert.ok(modules.includes(`${c.code.toLowerCase()}-${c.name}.ts`), `no module for ${c.code}`);
    assert.equal(modules.length, CHECKS.length);
  });

  it('matches the README table row for row', () => {
    const readme = readFileSync(join(project, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((l) => /^\| CG\d{3} \|/.test(l)).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    assert.deepEqual(rows.map((r) => r[0]), CHECKS.map((c) => c.code));
    for (const [i, c] of CHECKS.entries()) {
      const [, name, severity, dim, description, fix] = rows[i];
      assert.equal(name, c.name, c.code);
      assert.equal(severity, c.severity, c.code);
      assert.ok(dim.startsWith(c.dimension), c.code);
      assert.equal(description, c.description, c.code);
      assert.equal(fix, c.fixable ? 'yes' : '—', c.code);
    }
  });

  it('matches the .coregroup.json schema and the coreGroup.checks setting', () => {
    const schema = JSON.parse(readFileSync(join(project, 'schemas/coregroup.schema.json'), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.checks.properties), CHECKS.map((c) => c.code));
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
    assert.equal(pkg.contributes.jsonValidation[0].url, './schemas/coregroup.schema.json');
    assert.ok(pkg.contributes.configuration.properties['coreGroup.checks']);
  });

  it('has every %key% of the manifest in package.nls.json, and no key left unused', () => {
    const pkg = readFileSync(join(project, 'package.json'), 'utf8');
    const nls = JSON.parse(readFileSync(join(project, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const used = [...pkg.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    assert.ok(used.length > 10);
    assert.deepEqual([...new Set(used)].sort(), Object.keys(nls).sort());
    for (const v of Object.values(nls)) assert.ok(v.trim().length > 0);
  });

  it("has the walkthrough's steps complete on, and link to, commands the manifest contributes", () => {
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
    const nls = JSON.parse(readFileSync(join(project, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const ours = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
    const steps = pkg.contributes.walkthroughs[0].steps as { id: string; description: string; completionEvents: string[] }[];
    const completes = Object.fromEntries(steps.map((s) => [s.id, s.completionEvents]));
    // Sharing the minutes is exporting them (issue 13), not only previewing them.
    assert.deepEqual(completes['coreGroup.shareMinutes'], ['onCommand:coreGroup.exportMinutes']);
    for (const s of steps) {
      const links = [...nls[s.description.slice(1, -1)].matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
      assert.ok(links.length > 0, `${s.id} links to a command`);
      for (const c of links.filter((l) => l.startsWith('coreGroup.'))) assert.ok(ours.has(c), `${s.id} links to ${c}, which the manifest contributes`);
    }
    const share = readFileSync(join(project, 'docs/walkthrough/share-minutes.md'), 'utf8');
    assert.match(share, /\*\*Core Group: Export minutes for sharing\*\*/);
  });

  it('documents every check in docs/checks.md with an anchor', () => {
    const docs = readFileSync(join(project, 'docs/checks.md'), 'utf8');
    for (const c of CHECKS) assert.match(docs, new RegExp(`id="${c.code.toLowerCase()}"`), c.code);
  });
});
