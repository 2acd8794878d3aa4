/**
 * The Markdown preview plugin on markdown-it as VS Code's preview builds it: html enabled, our plugin
 * applied first, then VS Code's front matter rule (markdown-it-front-matter, which VS Code bundles).
 * Minutes get a meeting-details table, rating badges, distribution lines on their own lines and no
 * prompt comments; hostile front matter stays text; other Markdown renders exactly as without us.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import frontMatter from 'markdown-it-front-matter';
import { coreGroupPreview } from '../../src/preview/markdown-it-plugin';
import { repoRoot } from './helpers/fixtures';

function engine(withPlugin: boolean): MarkdownIt {
  let md = new MarkdownIt({ html: true });
  if (withPlugin) md = coreGroupPreview(md);
  return md.use(frontMatter, () => undefined);
}

const render = (text: string, withPlugin = true) => engine(withPlugin).render(text);
const file = (...p: string[]) => readFileSync(join(repoRoot(), ...p), 'utf8');
const tableOf = (html: string) => /<table class="core-group-meeting-details[^]*?<\/table>/.exec(html)?.[0] ?? '';
const rows = (table: string) => [...table.matchAll(/<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);

describe('Markdown preview of core group minutes', () => {
  const minutes = file('samples', 'child-h-b', '2026-11-18-core-group.md');

  it('shows the front matter as a table of meeting details, in words and long dates', () => {
    const table = tableOf(render(minutes));
    assert.match(table, /<caption>Meeting details<\/caption>/);
    assert.deepEqual(rows(table), [
      ['Child', 'H.B.'],
      ['Date of the meeting', '18 November 2026'],
      ['Core group meeting', '3'],
      ['Initial child protection conference', '1 September 2026'],
      ['Chair', 'Daniel Frost (Social Worker)'],
      ['Area', 'North'],
      ['Team', 'Family Safeguarding 1'],
      ['Previous minutes', '2026-10-14-core-group.md'],
      ['CP plan', 'cp-plan.md'],
    ]);
    assert.match(table, /data-line="0"/, 'the table scrolls with the front matter');
  });

  it('shows ratings as badges that carry their word, and distribution lines as separate lines', () => {
    const html = render(minutes);
    assert.match(html, /<p>Progress: <span class="core-group-rating core-group-rating-green" title="Rating: Green">Green<\/span><\/p>/);
    assert.match(html, /<span class="core-group-rating core-group-rating-amber" title="Rating: Amber">Amber<\/span>/);
    assert.match(html, /Shared with: all core group members, Kirsty and Owen<br>\s*Date shared: 2026-11-20<br>\s*Agreed by: Kirsty Bellamy, Owen Bellamy/);
    // Without the plugin the three lines run together in one paragraph.
    assert.doesNotMatch(render(minutes, false), /Shared with: [^<]*<br>/);
  });

  it('hides prompt comments, in blocks and inline', () => {
    const text = minutes.replace('## Contingency plan\n', '## Contingency plan\n\n<!-- Record what will happen if the plan does not bring change. -->\n').replace('Agreed by: Kirsty', 'Agreed by: <!-- Record who agreed them --> Kirsty');
    const html = render(text);
    assert.doesNotMatch(html, /<!--/);
    assert.match(html, /Agreed by:\s+Kirsty Bellamy/);
    assert.match(render(text, false), /<!-- Record what will happen/, 'the comments are there to hide');
  });

  it('keeps hostile front matter as text', () => {
    const hostile = file('test', 'fixtures', 'hostile', 'child-x', '2026-11-04-core-group.md');
    const table = tableOf(render(hostile));
    assert.ok(table.length > 0);
    assert.doesNotMatch(table, /<script|<img|<svg/i);
    assert.match(table, /&lt;script&gt;window.__pwned=5&lt;\/script&gt;Pat Example \(Team Manager\)/);
    assert.match(table, /<td>&lt;img src=x onerror=window.__pwned=1&gt;<\/td>/);
  });

  it('leaves other Markdown exactly as it was, front matter and all', () => {
    for (const text of [
      file('README.md'),
      file('samples', 'child-h-b', 'cp-plan.md'),
      '---\ntitle: Notes\n---\n\n# Notes\n\nProgress: Amber\n\nShared with: everyone\nDate shared: today\n\n<!-- a comment -->\n',
      '# No front matter\n\nProgress: Red\n',
    ]) {
      assert.equal(render(text), render(text, false));
    }
  });

  it('says so when the minutes\' front matter cannot be read, instead of showing nothing', () => {
    const table = tableOf(render('---\ntype: core-group-minutes\ndate: [2026\n---\n\n# Minutes\n'));
    assert.match(table, /could not be read/);
  });
});
