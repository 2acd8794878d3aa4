/**
 * LineIndex (src/core/text.ts) maps offsets to lines and back. A text without a CR is indexed by
 * indexOf, one with a CR by a loop that knows CRLF and a lone CR: both must agree with lines found
 * by splitting at every kind of line break.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LINE_BREAK, LineIndex } from '../../src/core/text';

/** Each line's start offset, from splitting the text: the reference. */
function starts(text: string): number[] {
  const out = [0];
  const re = new RegExp(LINE_BREAK.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index + m[0].length);
  return out;
}

describe('LineIndex', () => {
  it('gives every offset the line and column that splitting the text gives', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\n', 'é'), { maxLength: 40 }).map((p) => p.join(''));
    let withCr = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (t.includes('\r')) withCr++;
        const index = new LineIndex(t);
        const ref = starts(t);
        assert.equal(index.lineCount, ref.length);
        for (let o = 0; o <= t.length; o++) {
          let line = 0;
          while (line + 1 < ref.length && ref[line + 1] <= o) line++;
          assert.deepEqual(index.position(o), { line, character: o - ref[line] }, `${JSON.stringify(t)} at ${o}`);
        }
        ref.forEach((s, line) => assert.equal(index.lineStart(line), s));
      }),
      { numRuns: 2000, seed: 20261202 },
    );
    assert.ok(withCr > 500 && withCr < 1900, `texts with a CR: ${withCr} of 2000`);
  });
});
