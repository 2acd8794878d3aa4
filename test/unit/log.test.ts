/**
 * A check that throws is reported as a finding and logged with its name and the error's kind and
 * frames, never the minutes' text; so is a check or a whole file that fails during an audit.
 */
import { strict as assert } from 'node:assert';
import { Analyser } from '../../src/core/analyse';
import { summariseFiles } from '../../src/core/audit/run';
import { CHECKS } from '../../src/core/checks';
import { errorDetails, type ErrorDetails, type Logger } from '../../src/core/log';
import { analyserFor } from './helpers/analyser';
import { MemoryReader } from './helpers/memory-reader';
import { goodMinutes } from './helpers/minutes';

const secret = 'Kai Hollis said he is frightened at home';
const reader = () => new MemoryReader({ '/w/c/m.md': goodMinutes() + `\n${secret}\n` });

/** A Logger that keeps what it is told. */
function recorder(): Logger & { logged: { what: string; details: ErrorDetails }[] } {
  const logged: { what: string; details: ErrorDetails }[] = [];
  return { logged, error: (what, details) => void logged.push({ what, details }) };
}

/** Runs `body` while CG021 (action-without-outcome) throws an error quoting the minutes. */
async function withFailingCheck<T>(body: () => Promise<T>): Promise<T> {
  const check = CHECKS.find((c) => c.code === 'CG021')!;
  const run = check.run;
  check.run = () => {
    throw new TypeError(`cannot read ${secret}`);
  };
  try {
    return await body();
  } finally {
    check.run = run;
  }
}

function assertNoText(logged: unknown): void {
  const text = JSON.stringify(logged);
  assert.ok(!text.includes('Kai') && !text.includes('frightened') && !text.includes('/w/c'), 'no document text or path in the log');
}

describe('logging a failed check', () => {
  it('logs the check, the error name and the stack frames, and no document text', async () => {
    const log = recorder();
    const a = await withFailingCheck(() => analyserFor(reader(), { log }).analyse({ path: '/w/c/m.md', root: '/w' }));
    assert.ok(a.findings.some((f) => f.code === 'CG021' && f.subject === 'internal-error'), 'the failure is still a finding');
    assert.equal(log.logged.length, 1);
    assert.equal(log.logged[0].details.check, 'action-without-outcome');
    assert.equal(log.logged[0].details.error, 'TypeError');
    assert.match(log.logged[0].details.stack ?? '', /^\s+at /);
    assertNoText(log.logged);
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
  it("logs a check that fails while the audit reads a file, by the check's name", async () => {
    const log = recorder();
    await withFailingCheck(() => summariseFiles(reader(), ['/w/c/m.md'], '/w', { log }));
    assert.equal(log.logged.length, 1);
    assert.equal(log.logged[0].details.check, 'action-without-outcome');
    assert.equal(log.logged[0].details.error, 'TypeError');
    assertNoText(log.logged);
  });

  it('logs a file whose analysis fails, and still lists the file as not checked', async () => {
    const log = recorder();
    const analyse = Analyser.prototype.analyse;
    Analyser.prototype.analyse = async () => {
      throw new RangeError(`broken at ${secret}`);
    };
    let files;
    try {
      files = await summariseFiles(reader(), ['/w/c/m.md'], '/w', { log });
    } finally {
      Analyser.prototype.analyse = analyse;
    }
    assert.deepEqual(files?.map((f) => f.summary.problems), [[{ kind: 'failed' }]]);
    assert.equal(log.logged.length, 1);
    assert.equal(log.logged[0].details.error, 'RangeError');
    assert.match(log.logged[0].details.stack ?? '', /^\s+at /);
    assertNoText(log.logged);
  });
});
