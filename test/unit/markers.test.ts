/** The golden fixtures' inline markers (test/unit/helpers/markers.ts): what they point at, and what they refuse. */
import { strict as assert } from 'node:assert';
import { readMarkers, withoutMarkers } from './helpers/markers';

const at = (text: string) => readMarkers(text).markers.map((m) => `${m.code} ${m.subject} @${m.line}`);
const problems = (text: string) => readMarkers(text).problems;

describe('fixture markers', () => {
  it('name the nearest line above that is not a marker, so several stack under one line', () => {
    const text = '# Title\n<!-- ^ expect CG001 contingency -->\n<!-- ^ expect CG001 next-meeting -->\n\n## Attendance\n<!-- ^ expect CG030 x -->';
    assert.deepEqual(at(text), ['CG001 contingency @1', 'CG001 next-meeting @1', 'CG030 x @5']);
  });

  it('name a table row by the nearest line above holding the quoted text, and keep spaces in subjects', () => {
    const text = '| ID | Action |\n|---|---|\n| A1 | One |\n| A1 | Two |\n| A2 | Three |\n<!-- ^ expect CG022 A1 on "| A1 |" -->\n<!-- ^ expect CG013 Arrange a meeting on "| A2 |" -->';
    assert.deepEqual(at(text), ['CG022 A1 @4', 'CG013 Arrange a meeting @5']);
  });

  it('read YAML comments inside the front matter, and "on line 1" anywhere', () => {
    const text = '---\n# expect CG003 date on line 1\ntype: core-group-minutes\nicpc: 2026-12-21\n# ^ expect CG033 icpc\n---\n\n# T\n<!-- expect CG003 config on line 1 -->';
    assert.deepEqual(at(text), ['CG003 date @1', 'CG033 icpc @4', 'CG003 config @1']);
    assert.deepEqual(problems(text), []);
  });

  it('leave a "# expect" heading outside the front matter alone (it is content, not a marker)', () => {
    assert.deepEqual(readMarkers('# expect CG001 x\n\nText').markers, []);
    assert.deepEqual(problems('# expect CG001 x\n\nText'), []);
  });

  it('refuse typos, markers without a caret, other line numbers, blank lines and anchors found nowhere', () => {
    const cases: [string, RegExp][] = [
      ['# T\n<!-- expected CG001 x -->', /not a marker/],
      ['# T\n<!-- ^ expect CG1 x -->', /cannot read/],
      ['# T\n<!-- expect CG001 x -->', /names the line above it/],
      ['# T\n\n<!-- expect CG001 x on line 3 -->', /only line 1/],
      ['# T\n\n<!-- ^ expect CG001 x -->', /blank line/],
      ['<!-- ^ expect CG001 x -->', /points at no line/],
      ['| A1 |\n<!-- ^ expect CG022 A2 on "| A2 |" -->', /holding "\| A2 \|"/],
    ];
    for (const [text, want] of cases) {
      assert.equal(readMarkers(text).markers.length, 0, text);
      assert.match(problems(text).join('\n'), want, text);
    }
  });

  it('come out again without a trace', () => {
    const text = '---\ntype: x\n# ^ expect CG003 type\n---\n# T\n<!-- ^ expect CG001 a -->\n\nBody\n';
    assert.equal(withoutMarkers(text), '---\ntype: x\n---\n# T\n\nBody\n');
  });
});
