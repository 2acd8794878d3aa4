/**
 * Tests for the colouring grammar (syntaxes/core-group.injection.tmLanguage.json) and the
 * snippets (snippets/core-group.code-snippets).
 *
 * The grammar is run through the real TextMate tokenizer that VS Code uses (vscode-textmate with
 * vscode-oniguruma), injected into a Markdown grammar, and the scopes of chosen words are checked.
 * The host Markdown grammar is:
 *  - always test/grammar/fixtures/markdown-min.tmLanguage.json, a small stand-in kept in the repo;
 *  - and also VS Code's own Markdown grammar when a copy is on this machine (inside the code-server
 *    or VS Code that the integration tests download into .vscode-test/), with the grammars of the
 *    other languages it includes (YAML for the front matter, code fences). The same cases are then
 *    added a second time, at describe time, so nothing is ever reported as skipped: the cases
 *    simply exist or not.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as vsctm from 'vscode-textmate';
import { INJECTION_PATH, INJECTION_SCOPE, MIN_MARKDOWN_PATH, ROOT, S, SNIPPETS_PATH, assertNotScoped, assertScoped, describeScopes, find, loadMarkdownWithInjection, realMarkdownGrammarPath, tokenize, Json } from './textmate';

function defineGrammarCases(label: string, hostPath: string): void {
  describe(`colouring, injected into ${label}`, () => {
    let grammar: vsctm.IGrammar;
    before(async () => {
      grammar = await loadMarkdownWithInjection(hostPath);
    });
    const md = (text: string) => tokenize(grammar, text);

    it('colours outcome ratings, any case, with one scope per colour', () => {
      const doc = md(['Progress: Amber', '', 'Progress: Red', '', 'RAG: green', '', 'progress:AMBER'].join('\n'));
      assertScoped(doc, 'Progress', S.ragKeyword);
      assertScoped(doc, 'Amber', S.amber);
      assertScoped(doc, 'Red', S.red);
      assertScoped(doc, 'RAG', S.ragKeyword);
      assertScoped(doc, 'green', S.green);
      assertScoped(doc, 'AMBER', S.amber);
    });

    it('colours "Progress:" alone at the start of a line, but not the word progress in a sentence', () => {
      const doc = md('Progress: \n\nThere was some progress: Kerry went twice.\n\nGood progress in Red Class.');
      assertScoped(doc, 'Progress', S.ragKeyword);
      assertNotScoped(doc, 'progress:');
      assertNotScoped(doc, 'progress in Red');
    });

    it('colours the id, the date and the status in a review table row', () => {
      const doc = md('| A2 | Mia to start the group | Mia Brook | 2026-08-27 | Carried forward | |');
      assertScoped(doc, 'A2', S.action);
      assertScoped(doc, '2026-08-27', S.date);
      assertScoped(doc, 'Carried forward', S.carried);
      assertNotScoped(doc, 'Mia to start the group');
      assertNotScoped(doc, 'Mia Brook');
    });

    it('colours each kind of status at the start of a cell, any case', () => {
      const rows = [
        '| A1 | Referral | Tom Reed | 2026-10-29 | Done – referred 20/09 | |',
        '| A3 | Assessment | Tom Reed | 2026-10-29 | completed | |',
        '| A4 | Programme | Kerry Smith | 2026-12-15 | In progress | 2 of 6 |',
        '| A5 | Testing | Lee Grant | 2026-09-30 | Not started | |',
        '| A6 | Nursery | Lee Grant | 2026-09-30 | OUTSTANDING | |',
        '| A7 | Grant | Lee Grant | 2026-09-30 | No longer needed | |',
        '| A8 | Housing | Lee Grant | 2026-09-30 |Withdrawn| |',
        '| A9 | Dentist | Mia Brook | 2026-09-30 | Achieved 27/10 | |',
      ];
      const doc = md(rows.join('\n'));
      assertScoped(doc, 'Done', S.done);
      assertNotScoped(doc, 'referred 20/09');
      assertScoped(doc, 'completed', S.done);
      assertScoped(doc, 'In progress', S.inProgress);
      assertScoped(doc, 'Not started', S.notStarted);
      assertScoped(doc, 'OUTSTANDING', S.notStarted);
      assertScoped(doc, 'No longer needed', S.closed);
      assertScoped(doc, 'Withdrawn', S.closed);
      assertScoped(doc, 'Achieved', S.done);
    });

    it('does not colour status words that only begin a sentence in a cell, or appear outside tables', () => {
      const doc = md('| A10 | Complete the referral | Tom Reed | 2026-11-01 | | Started school in May |\n\nThe work is done.');
      assertNotScoped(doc, 'Complete');
      assertNotScoped(doc, 'Started');
      assertNotScoped(doc, 'done');
      assertScoped(doc, 'A10', S.action);
    });

    it('colours every date form of the format, and only those', () => {
      const doc = md(
        [
          'Seen on 2026-12-01, then 01/12/2026, then 1 Dec 2026, then 1 December 2026 and 4 Sept. 2026.',
          'Not dates: ./2026-10-15-core-group.md, referred 20/09, the 10th of December, 2026-13-01, 32/01/2026.',
        ].join('\n'),
      );
      for (const date of ['2026-12-01', '01/12/2026', '1 Dec 2026', '1 December 2026', '4 Sept. 2026']) assertScoped(doc, date, S.date);
      for (const text of ['./2026-10-15-core-group.md', '20/09', '10th of December', '2026-13-01', '32/01/2026']) assertNotScoped(doc, text);
    });

    it('colours action and outcome ids, in headings and tables', () => {
      const doc = md('### O1 J is safe at home\n\n| A6 | Dean to attend the assessment | O1 | Dean Smith | 2026-11-20 |\n\nSee A12 and O2.');
      assertScoped(doc, 'O1', S.outcome, 0);
      assertScoped(doc, 'A6', S.action);
      assertScoped(doc, 'O1', S.outcome, 1);
      assertScoped(doc, 'A12', S.action);
      assertScoped(doc, 'O2', S.outcome);
    });

    it('does not colour ordinary words as ids', () => {
      const doc = md("A worker from Area West met Ms O'Brien at 10am; A-levels, Amber Class, AA12B and OA.");
      for (const word of ['A worker', 'Area', "O'Brien", '10am', 'A-levels', 'Amber Class', 'AA12B', 'OA']) assertNotScoped(doc, word);
    });

    it('colours the safety scale and the distribution lines', () => {
      const doc = md('Conflict has reduced. Safety scale: 7/10.\n\nShared with: core group\nDate shared: 2026-11-16\nAgreed by: Kerry Smith');
      assertScoped(doc, 'Safety scale', S.safetyKeyword);
      assertScoped(doc, '7/10', S.safetyNumber);
      assertScoped(doc, 'Shared with', S.distribution);
      assertScoped(doc, 'Date shared', S.distribution);
      assertScoped(doc, 'Agreed by', S.distribution);
      assertScoped(doc, '2026-11-16', S.date);
      assertNotScoped(doc, 'Kerry Smith');
    });

    it('leaves code, inline code, HTML comments and the front matter alone', () => {
      const doc = md(
        [
          '---',
          'type: core-group-minutes',
          'date: 2026-11-20',
          '---',
          '',
          '```',
          'Progress: Amber on 2026-12-01 for A1',
          '```',
          '',
          'Inline `A3 2026-12-02` code.',
          '',
          '<!-- Record A4 by 2026-12-03. Progress: Red -->',
          '',
          'After the code: A5 by 2026-12-04.',
        ].join('\n'),
      );
      for (const text of ['2026-11-20', 'Progress: Amber', '2026-12-01', 'A1', 'A3 2026-12-02', 'A4 by 2026-12-03. Progress: Red']) assertNotScoped(doc, text);
      assertScoped(doc, 'A5', S.action);
      assertScoped(doc, '2026-12-04', S.date);
    });

    it("keeps Markdown's own colouring of a line that starts with a date", () => {
      // With an "L:" injection selector this fails: the date would win over the paragraph start.
      const doc = md('10 December 2026 at **school**');
      assertScoped(doc, '10 December 2026', S.date);
      const { line, col } = find(doc, 'school');
      assert.ok(doc.scopes[line][0].includes('meta.paragraph.markdown'), describeScopes(doc, line, 0));
      assert.ok(doc.scopes[line][col].includes('markup.bold.markdown'), describeScopes(doc, line, col));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The grammar file itself, and package.json's entries for it once they exist.

describe('syntaxes/core-group.injection.tmLanguage.json', () => {
  const grammarJson = JSON.parse(readFileSync(INJECTION_PATH, 'utf8')) as Json;

  it('is an injection into Markdown that keeps out of comments and code', () => {
    assert.equal(grammarJson.scopeName, INJECTION_SCOPE);
    const selector = String(grammarJson.injectionSelector);
    assert.match(selector, /^text\.html\.markdown /);
    for (const excluded of ['-comment', '-markup.fenced_code', '-markup.raw', '-markup.inline.raw']) assert.ok(selector.includes(excluded), excluded);
  });

  // Added only once package.json contributes the grammar and snippets (see the report to src/).
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes?: { grammars?: Json[]; snippets?: Json[] } };
  const grammarEntry = pkg.contributes?.grammars?.find((g) => g.scopeName === INJECTION_SCOPE);
  if (grammarEntry) {
    it('package.json contributes the grammar into Markdown from the right file', () => {
      assert.equal(join(ROOT, String(grammarEntry.path)), INJECTION_PATH);
      assert.deepEqual(grammarEntry.injectTo, ['text.html.markdown']);
    });
  }
  const snippetEntry = pkg.contributes?.snippets?.find((s) => String(s.path).includes('core-group.code-snippets'));
  if (snippetEntry) {
    it('package.json contributes the snippets for Markdown', () => {
      assert.equal(join(ROOT, String(snippetEntry.path)), SNIPPETS_PATH);
      assert.equal(snippetEntry.language, 'markdown');
    });
  }
});

defineGrammarCases('the minimal test Markdown grammar', MIN_MARKDOWN_PATH);
const realMarkdown = realMarkdownGrammarPath();
if (realMarkdown) defineGrammarCases(`VS Code's Markdown grammar (${realMarkdown})`, realMarkdown);
