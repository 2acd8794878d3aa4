/**
 * The pages the extension opens inside VS Code (docs/checks.md through "Learn more", docs/export.md,
 * the walkthrough's pages) link only to files the extension ships: a relative link to a page left
 * out of the .vsix opens nothing for the practitioner. What ships is what `vsce ls` lists (it reads
 * .vscodeignore as `vsce package` does).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { repoRoot } from './helpers/fixtures';

/** Relative link targets in Markdown (`[text](target#anchor)`, `![alt](target)`), without the anchor. */
function relativeLinks(markdown: string): string[] {
  const out: string[] = [];
  for (const m of markdown.replace(/```[^]*?```/g, '').matchAll(/\]\(([^)\s#]+)(?:#[^)\s]*)?\)/g)) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(m[1])) out.push(m[1]);
  }
  return out;
}

describe('the docs the extension ships', function () {
  this.timeout(60_000);
  let shipped: Set<string>;
  before(() => {
    const vsce = join(repoRoot(), 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: repoRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(r.status, 0, r.stderr);
    shipped = new Set(r.stdout.split('\n').map((l) => l.trim()).filter(Boolean));
  });

  it('link only to files that ship with them', () => {
    const pages = [...shipped].filter((f) => f.startsWith('docs/') && f.endsWith('.md'));
    assert.ok(pages.includes('docs/checks.md') && pages.some((p) => p.startsWith('docs/walkthrough/')), pages.join(', '));
    const broken: string[] = [];
    for (const page of pages) {
      for (const target of relativeLinks(readFileSync(join(repoRoot(), page), 'utf8'))) {
        const file = normalize(join(dirname(page), decodeURIComponent(target))).replace(/\\/g, '/');
        if (!shipped.has(file)) broken.push(`${page} -> ${target}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('finds the links it checks (a planted link to a page that is not shipped is one)', () => {
    assert.deepEqual(relativeLinks('See [the plan file](plan-file.md#revisions), ![x](../images/a.png), [web](https://example.org/a.md).\n```\n[no](in-code.md)\n```'), ['plan-file.md', '../images/a.png']);
  });
});
