/**
 * A check that throws is reported as a finding and logged with its name and the error's kind and frames, never the minutes' text;
 * so is a check or a whole file that fails during an audit.
 */
import { strict as assert } from 'node:assert';
import { Analyser } from '../../src/core/analyse';
import { summariseFiles } from '../../src/core/audit/run';
import { CHECKS } from '../../src/core/checks';
import { errorDetails, type ErrorDetails } from '../../src/core/log';
import { analyserFor } from './helpers/analyser';
import { MemoryReader } from './helpers/memory-reader';
import { goodMinutes } from './helpers/minutes';

describe('logging a failed check', () => {
  it('logs the check, the error name and the stack frames, and no document text', async () => {
    const secret = 'Kai Hollis said he is frightened at home';
    const check = CHECKS.find((c) => c.code === 'CG021')!;
    const run = check.run;
    const logged: { what: string; details: ErrorDetails }[] = [];
    check.run = () => {
      throw new TypeError(`cannot read ${secret}`);
    };
    try {
      const reader = new MemoryReader({ '/w/c/m.md': goodMinutes() + `\n${secret}\n` });
      const a = await analyserFor(reader, { log: { error: (what, details) => logged.push({ what, details }) } }).analyse({ path: '/w/c/m.md', root: '/w' });
      assert.ok(a.findings.some((f) => f.code === 'CG021' && f.subject === 'internal-error'), 'the failure is still a finding');
    } finally {
      check.run = run;
    }
    assert.equal(logged.length, 1);
    assert.equal(logged[0].details.check, 'action-without-outcome');
    assert.equal(logged[0].details.error, 'TypeError');
    assert.match(logged[0].details.stack ?? '', /^\s+at /);
    assert.ok(!JSON.stringify(logged).includes('Kai') && !JSON.stringify(logged).includes('frightened'), 'no document text in the log');
  });

  it('keeps the frames of a thrown error and drops its message, even one spread over lines', () => {
    const e = new RangeError('line one of the minutes\nline two of the minutes');
    const d = errorDetails(e);
    assert.equal(d.error, 'RangeError');
    assert.ok(d.stack && !d.stack.includes('minutes'));
    assert.deepEqual(errorDetails('a string'), { error: 'string' });
  });
});

describe('logging failures during an audit', () => {
  const secret = 'Kai Hollis said he is frightened at home';
  const noText = (logged: unknown) => !JSON.stringify(logged).includes('Kai') && !JSON.stringify(logged).includes('frightened') && !JSON.stringify(logged).includes('/w/c');

  it('logs a check that fails while the audit reads a file, by the check\'s name', async () => {
    const check = CHECKS.find((c) => c.code === 'CG021')!;
    const run = check.run;
    const logged: { what: string; details: ErrorDetails }[] = [];
    check.run = () => {
      throw new TypeError(`cannot read ${secret}`);
    };
    try {
      const reader = new MemoryReader({ '/w/c/m.md': goodMinutes() + `\n${secret}\n` });
      await summariseFiles(reader, ['/w/c/m.md'], '/w', { log: { error: (what, details) => logged.push({ what, details }) } });
    } finally {
      check.run = run;
    }
    assert.equal(logged.length, 1);
    assert.equal(logged[0].details.check, 'action-without-outcome');
    assert.equal(logged[0].details.error, 'TypeError');
    assert.ok(noText(logged), 'no document text or path in the log');
  });

  it('logs a file whose analysis fails, and still lists the file as not checked', async () => {
    const logged: { what: string; details: ErrorDetails }[] = [];
    const analyse = Analyser.prototype.analyse;
    Analyser.prototype.analyse = async () => {
      throw new RangeError(`broken at ${secret}`);
    };
    let files;
    try {
      const reader = new MemoryReader({ '/w/c/m.md': goodMinutes() + `\n${secret}\n` });
      files = await summariseFiles(reader, ['/w/c/m.md'], '/w', { log: { error: (what, details) => logged.push({ what, details }) } });
    } finally {
      Analyser.prototype.analyse = analyse;
    }
    assert.deepEqual(files?.map((f) => f.summary.problems), [[{ kind: 'failed' }]]);
    assert.equal(logged.length, 1);
    assert.equal(logged[0].details.error, 'RangeError');
    assert.match(logged[0].details.stack ?? '', /^\s+at /);
    assert.ok(noText(logged), 'no document text or path in the log');
  });
});
