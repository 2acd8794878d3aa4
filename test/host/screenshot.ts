// Screenshot handshake between a host test (Node extension host) and
// scripts/run-host-tests.mjs (which drives the browser). The test cannot reach the
// browser, so:
//   1. the test deletes any stale `<signalDir>/<name>.done`, then logs the line
//      `SCREENSHOT <name>` or `SCREENSHOT <name> <css selector>` through hostLog (tagged
//      console output, see log.ts), which reaches the runner through
//      window.codeAutomationLog;
//   2. the runner waits (bounded) until the selector, if any, is visible, lets the
//      workbench paint two animation frames, saves page.screenshot() to
//      <name>.png (in .tmp/screenshots/, or docs/images/ by `npm run screenshots`) and then writes `<signalDir>/<name>.done` containing `ok`
//      or `error: <message>`;
//   3. the test polls for that file with a deadline (no fixed sleeps), deletes it, and
//      throws if the runner reported an error.
// signalDir comes from the env var HOST_TEST_SIGNAL_DIR, which the runner sets on
// code-server and the extension host inherits.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hostLog } from './log';

const NAME = /^[A-Za-z0-9_.-]+$/;

/** True when running under scripts/run-host-tests.mjs (screenshots possible). */
export function canTakeScreenshots(): boolean {
  return !!process.env.HOST_TEST_SIGNAL_DIR;
}

/**
 * Asks the runner to save the current workbench as <name>.png (see scripts/run-host-tests.mjs) and waits
 * until it has been written. Make sure the UI shows what you want first (wait on
 * events or poll: e.g. for diagnostics). UI the extension host cannot observe (a menu,
 * a hover) can be awaited by the runner: pass a CSS selector of the workbench page,
 * e.g. '.action-widget' for the quick fix menu; the runner waits up to 20 s for it.
 */
export async function takeScreenshot(name: string, timeoutMs = 30_000, waitForSelector?: string): Promise<void> {
  if (!NAME.test(name)) throw new Error(`screenshot name must match ${NAME}: ${name}`);
  if (waitForSelector?.includes('\n')) throw new Error('the selector must fit on one line');
  const dir = process.env.HOST_TEST_SIGNAL_DIR;
  if (!dir) throw new Error('HOST_TEST_SIGNAL_DIR is not set: screenshots need scripts/run-host-tests.mjs');
  const done = path.join(dir, `${name}.done`);
  fs.rmSync(done, { force: true });
  hostLog(`SCREENSHOT ${name}${waitForSelector ? ` ${waitForSelector}` : ''}`);
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`runner did not confirm screenshot ${name} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100)); // poll interval, bounded by the deadline
  }
  const result = fs.readFileSync(done, 'utf8').trim();
  fs.rmSync(done, { force: true });
  if (result !== 'ok') throw new Error(`screenshot ${name} failed in the runner: ${result}`);
}
