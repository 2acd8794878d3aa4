/**
 * Tables tokenised later (src/core/parse/tables-later.ts): on minutes written to real templates
 * the shortcut is taken and reads what the full parse reads; where a table could begin outside a
 * top-level paragraph, or a block after a table could run on past it, the text is tokenised whole.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, parseDocumentWithTree } from '../../src/core/parse/document';
import { readWithTablesLater } from '../../src/core/parse/events';
import { micromarkExtensions } from '../../src/core/parse/markdown';
import { repoRoot } from './helpers/fixtures';

const later = (text: string) => readWithTablesLater(text, micromarkExtensions, 0);

function minutesOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((c) => statSync(join(dir, c)).isDirectory())
    .flatMap((c) => readdirSync(join(dir, c)).filter((n) => n.endsWith('.md') && n !== 'NOTES.md' && n !== 'README.md').map((n) => join(dir, c, n)));
}

describe('parse: tables tokenised after the rest', () => {
  it('is how minutes written to real templates are read, with the tables the full parse finds', () => {
    const root = repoRoot();
    const files = [...minutesOf(join(root, 'test', 'realworld')), ...minutesOf(join(root, 'test', 'realworld2'))];
    assert.ok(files.length > 30, `found ${files.length} files`);
    let tables = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const read = later(text);
      assert.notEqual(read, 'whole', `${f} is read with tables later`);
      assert.deepEqual(parseDocument(f, text), parseDocumentWithTree(f, text), f);
      tables += parseDocument(f, text).tables.length;
    }
    assert.ok(tables > 80, `the files hold tables (${tables})`);
  });

  it('reads a table that begins inside a paragraph, and one after a heading and a blank line', () => {
    const text = '## Actions\n\nWords before\n| ID | Action |\n|---|---|\n| A1 | Ring |\n\nAfter.\n';
    const read = later(text);
    assert.ok(read !== 'whole');
    assert.deepEqual(read.tables.map((t) => [t.header.map((c) => c.text), t.rows.map((r) => r.cells.map((c) => c.text))]), [[['ID', 'Action'], [['A1', 'Ring']]]]);
    assert.deepEqual(read.blocks.map((b) => text.slice(b.start, b.end)), ['Words before', 'After.']);
  });

  it('tokenises the whole text where a table could begin outside a top-level paragraph, or what follows it could run on', () => {
    const cases = {
      'a delimiter row that is a list item without tables': 'a | b\n- | -\n',
      'a table in a quote, with a line after it': '> | a |\n> |---|\n| 1 |\n',
      'a delimiter row straight after a heading': '# Heading\n|---|\n',
      'indented code after a table, going on past a blank line': '| a |\n|---|\n    code\n\n    more code\n',
      'a list item after a table': '| a |\n|---|\n2. item\n\n   still the item\n',
    };
    for (const [what, text] of Object.entries(cases)) {
      assert.equal(later(text), 'whole', what);
      assert.deepEqual(parseDocument('/x.md', text), parseDocumentWithTree('/x.md', text), what);
    }
  });

  it('is not needed where no line could be a delimiter row', () => {
    const text = '# Minutes\n\nA paragraph\n---\n\n- a list | with a pipe\n';
    const read = later(text);
    assert.ok(read !== 'whole');
    assert.deepEqual(read.headings.map((h) => h.text), ['Minutes', 'A paragraph']);
    assert.deepEqual(read.tables, []);
  });
});
