/**
 * Raw engine messages never reach practitioners (issue 9): the YAML library's errors become our own
 * sentences, its warnings (which quote the document) are never printed to stderr or passed to
 * process.emitWarning (the extension host's log), a key given twice in the front matter is a finding,
 * and a file saved as UTF-16 is reported rather than skipped without a word.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/check-command';
import { looksLikeUtf16 } from '../../src/core/parse/document';
import { analyserFor } from './helpers/analyser';
import { asMinutes } from './helpers/narrow';
import { key } from './helpers/edits';
import { MemoryReader } from './helpers/memory-reader';
import { goodMinutes } from './helpers/minutes';

/** Phrases of the yaml library's own messages. */
const YAML_WORDS = /Implicit|Nested mappings|Map keys|Missing closing|Unexpected|flow collection|scalar|indicator|Unresolved tag|YAMLParseError|column \d|\[object|undefined/;

const body = goodMinutes({}, null);
const withFront = (yaml: string) => `---\n${yaml}\n---\n\n${body}`;

async function analyse(text: string, force = false) {
  return analyserFor(new MemoryReader({ '/w/c/m.md': text })).analyse({ path: '/w/c/m.md', root: '/w', force });
}

/** Runs `fn` with every way a library can print (console, stderr, process warnings) watched; returns what was printed. */
async function printedDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const printed: string[] = [];
  const saved = { emitWarning: process.emitWarning, write: process.stderr.write, warn: console.warn, error: console.error, log: console.log, info: console.info };
  const catchWarning = (w: Error) => printed.push(`warning event: ${w.message}`);
  process.on('warning', catchWarning);
  process.emitWarning = ((w: string | Error) => void printed.push(`emitWarning: ${String(w)}`)) as typeof process.emitWarning;
  process.stderr.write = ((chunk: string | Uint8Array) => printed.push(`stderr: ${String(chunk)}`) > 0) as typeof process.stderr.write;
  for (const name of ['warn', 'error', 'log', 'info'] as const) console[name] = (...args: unknown[]) => void printed.push(`console.${name}: ${args.join(' ')}`);
  try {
    await fn();
  } finally {
    Object.assign(process, { emitWarning: saved.emitWarning });
    process.stderr.write = saved.write;
    Object.assign(console, { warn: saved.warn, error: saved.error, log: saved.log, info: saved.info });
    process.off('warning', catchWarning);
  }
  // A warning event is emitted on the next tick: give it the chance to arrive.
  await new Promise((r) => setImmediate(r));
  return printed;
}

describe('engine messages', () => {
  describe('the yaml library', () => {
    const warns = {
      'an unresolved tag': 'type: core-group-minutes\ndate: !private-note Ivy said the secret 2026-10-08',
      'a list as a key': 'type: core-group-minutes\ndate: 2026-10-08\n? [Ivy, said, the secret]\n: yes',
      'a map as a key in a flow map': 'type: core-group-minutes\ndate: 2026-10-08\nnote: { { Ivy said the secret: 1 }: 2 }',
    };
    for (const [what, yaml] of Object.entries(warns)) {
      it(`prints nothing for ${what}, anywhere`, async () => {
        const printed = await printedDuring(() => analyse(withFront(yaml)));
        assert.deepEqual(printed, []);
      });
    }

    const broken: Record<string, [string, RegExp]> = {
      'an unclosed bracket': ['type: core-group-minutes\nchild: P.Q.\ndate: 2026-10-08\nchair: Sam: [unclosed\n  - broken: {', /line [4-6]\)/],
      'tab indentation': ['type: core-group-minutes\ndate: 2026-10-08\nchild:\n\tinitials: P.Q.', /tab.*\(line 5\)/],
      'an unterminated quote': ['type: core-group-minutes\nchild: "P.Q.\ndate: 2026-10-08', /line [3-5]\)/],
      'a stray colon block': ['type: core-group-minutes\n: : :\ndate: 2026-10-08', /line 3\)/],
      'an undefined alias': ['type: core-group-minutes\ndate: *nowhere', /alias .*refers to nothing.*\(line 3\)/],
    };
    for (const [what, [yaml, where]] of Object.entries(broken)) {
      it(`says what is wrong with ${what} in our words, with its line`, async () => {
        const a = await analyse(withFront(yaml));
        const f = a.findings.find((x) => key(x) === 'CG003 yaml');
        assert.ok(f, JSON.stringify(a.findings.map(key)));
        assert.match(f.message, /^The front matter cannot be read: /);
        assert.match(f.message, where);
        assert.doesNotMatch(f.message, YAML_WORDS);
      });
    }

    it('reports a key given twice, naming it and the line, instead of keeping one silently', async () => {
      const a = await analyse(withFront('type: core-group-minutes\ndate: 2026-10-08\nchild: P.Q.\ndate: 2026-10-15'));
      const yaml = a.findings.filter((f) => key(f) === 'CG003 yaml');
      assert.equal(yaml.length, 1);
      assert.match(yaml[0].message, /"date" is given twice \(again on line 5\), so it is not clear which is meant/);
      assert.equal(yaml[0].range.start.line, 4);
      assert.deepEqual(asMinutes(a).minutes.meta, {}, 'nothing is salvaged from the front matter');
    });

    it('says a date written as a list is not a date, in words', async () => {
      const a = await analyse(goodMinutes({}, { date: '{ day: 8, month: 10 }' }));
      const f = a.findings.find((x) => key(x) === 'CG003 date')!;
      assert.match(f.message, /written as a list or a set of keys, not a date/);
      assert.doesNotMatch(f.message, YAML_WORDS);
    });
  });

  describe('a file saved as UTF-16', () => {
    const minutes = goodMinutes();
    // As the readers decode every file: UTF-8, replacing what is not UTF-8 (Node's readFile and TextDecoder alike).
    const le = new TextDecoder('utf-8').decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minutes, 'utf16le')]));
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(minutes, 'utf16le').swap16()]).toString('utf8');

    for (const [what, text] of [['little-endian', le], ['big-endian', be]] as const) {
      it(`(${what}, with its byte order mark) is minutes with one clear finding, not skipped`, async () => {
        assert.ok(looksLikeUtf16(text));
        const a = await analyse(text);
        assert.equal(a.isMinutes, true);
        assert.deepEqual(a.findings.map(key), ['CG003 encoding']);
        assert.match(a.findings[0].message, /saved as UTF-16 .*Save it as UTF-8/);
        assert.equal(a.findings[0].range.start.line, 0);
      });
    }

    it('is still left alone when it is not minutes, and plain text is never taken for it', async () => {
      const notes = new TextDecoder().decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Notes\n\nNothing to see.\n', 'utf16le')]));
      assert.equal((await analyse(notes)).isMinutes, false);
      for (const t of [minutes, '\uFFFD\uFFFD' + minutes, '\uFEFF' + minutes, '\uFFFD\uFFFD\0\0']) assert.equal(looksLikeUtf16(t), false, JSON.stringify(t.slice(0, 12)));
    });

    it('is listed by the command line with its finding when it sits in a folder', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'core-group-utf16-'));
      try {
        writeFileSync(join(dir, 'm.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minutes, 'utf16le')]));
        const out = await runCheck({ format: 'json', inputs: ['.'], cwd: dir, version: 'test' });
        const found = JSON.parse(out.stdout) as { file: string; code: string; subject: string }[];
        assert.deepEqual(found.map((f) => `${f.file} ${f.code} ${f.subject}`), ['m.md CG003 encoding']);
        assert.equal(out.exitCode, 1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
