// Runs the mocha suites in out/test/host/ inside a REAL VS Code extension host:
// code-server (VS Code 1.100.3) serves the workbench, headless Chromium opens it with a
// `payload` that names the extension under development and the test entry, and the
// result comes back through window.codeAutomationExit. Expects `npm run build` and
// `node scripts/build-tests.mjs` to have run (npm run test:host does the latter).
//
// Env:
//   HOST_TEST_GREP=<regexp>     only run matching tests (passed to mocha by test/host/index.ts)
//   HOST_TEST_TIMEOUT_MS=<ms>   overall deadline (default 5 minutes)
//   HOST_TEST_SCREENSHOT_DIR=<dir>  where requested screenshots go (default .tmp/screenshots/, ignored;
//                                   `npm run screenshots` writes them into docs/images/)
//   HOST_TEST_VERBOSE=1         also print workbench and code-server logs
//   HOST_TEST_KEEP=1            keep the temporary workspace and logs for inspection
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { ROOT, ensureCodeServer, startCodeServer, launchChromium, fetchRemoteAuthority, workbenchUrl, runTeardown }
  from './code-server.mjs';

const TIMEOUT_MS = Number(process.env.HOST_TEST_TIMEOUT_MS) || 5 * 60_000;
const VERBOSE = !!process.env.HOST_TEST_VERBOSE;
const KEEP = !!process.env.HOST_TEST_KEEP;
const SHOT_DIR = path.resolve(ROOT, process.env.HOST_TEST_SCREENSHOT_DIR || path.join('.tmp', 'screenshots'));
const SELECTOR_TIMEOUT_MS = 20_000; // below takeScreenshot's 30 s default, so the test hears why
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'workspace');
const TESTS_ENTRY = path.join(ROOT, 'out', 'test', 'host', 'index.js');
// A log line asking for a screenshot (see test/host/screenshot.ts for the handshake).
const SCREENSHOT_LINE = /^SCREENSHOT ([A-Za-z0-9_.-]+)(?: (.+))?$/;
// Prefix test/host/index.ts puts on every console line of the extension host (keep in sync).
const HOST_TAG = '[host] ';

for (const [file, hint] of [[path.join(ROOT, 'dist', 'extension.js'), 'npm run build'],
  [TESTS_ENTRY, 'node scripts/build-tests.mjs']]) {
  if (!fs.existsSync(file)) {
    console.error(`missing ${path.relative(ROOT, file)}: run \`${hint}\` first`);
    process.exit(2);
  }
}

const started = Date.now();
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
ensureCodeServer();

// Fresh copy of the fixture workspace: tests may edit files, and the fixture must not change.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cgm-host-test-'));
const workspace = path.join(tmp, 'workspace');
const signalDir = path.join(tmp, 'signals');
fs.cpSync(FIXTURE, workspace, { recursive: true });
fs.mkdirSync(signalDir);

let server;
let browser;
const cleanup = runTeardown({ tmp, workspace, keep: KEEP, current: () => ({ browser, server }) });

async function main() {
  server = await startCodeServer({
    folder: workspace,
    env: { HOST_TEST_SIGNAL_DIR: signalDir }, // inherited by the extension host
    // No Get Started tab: tests and screenshots start from a plain workbench.
    settings: { 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
      // The docs "Learn more" opens live in this project's git repository: no offer to open it over the screenshots.
      'git.openRepositoryInParentFolders': 'never' },
    echo: VERBOSE,
  });
  console.log(`code-server up at ${server.url} (${secs()})`);

  const authority = await fetchRemoteAuthority(server.url, workspace);
  const url = workbenchUrl(server.url, workspace, authority, [
    ['extensionDevelopmentPath', ROOT],
    ['extensionTestsPath', TESTS_ENTRY],
  ]);

  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  const errors = [];
  let shots = Promise.resolve(); // screenshots are taken one after another, in request order

  async function screenshot(name, selector) {
    const done = path.join(signalDir, `${name}.done`);
    try {
      fs.mkdirSync(SHOT_DIR, { recursive: true });
      // UI the extension host cannot see (menus, hovers): wait for it in the page.
      if (selector) await page.locator(selector).first().waitFor({ state: 'visible', timeout: SELECTOR_TIMEOUT_MS });
      // Let the workbench paint what the test just did: two animation frames.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const file = path.join(SHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      console.log(`[runner] screenshot saved: ${path.relative(ROOT, file)}`);
      fs.writeFileSync(done, 'ok\n');
    } catch (err) {
      fs.writeFileSync(done, `error: ${err.message.split('\n')[0]}\n`);
    }
  }

  // Both hooks must exist before the workbench script runs, hence exposeFunction before goto.
  // The workbench calls codeAutomationLog(level, [format, ...args]) for its own log AND for
  // console output forwarded from the extension host; test/host/index.ts tags the latter
  // with HOST_TAG so the mocha output can be told apart from workbench chatter.
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const text = Array.isArray(message) ? util.format(...message) : String(message);
    if (text.startsWith(HOST_TAG)) {
      const line = text.slice(HOST_TAG.length);
      const shot = SCREENSHOT_LINE.exec(line);
      if (shot) shots = shots.then(() => screenshot(shot[1], shot[2]));
      console.log(line);
    } else if (VERBOSE) {
      console.log(`[workbench ${level}] ${text}`);
    } else if ((level === 'error' || level === 'warn') && !/open-vsx\.org/.test(text)) {
      errors.push(`[${level}] ${text}`); // shown if the run fails (offline open-vsx.org noise left out)
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('crash', () => resolveExit(Promise.reject(new Error('the workbench page crashed'))));

  await page.goto(url, { waitUntil: 'domcontentloaded' });
  console.log(`workbench opened (${secs()}); waiting for the tests (deadline ${TIMEOUT_MS / 1000} s)`);

  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  });
  const showErrors = () => console.log(`\nWorkbench / extension host warnings and errors (last 20; ` +
    `HOST_TEST_VERBOSE=1 shows all logs):\n${errors.slice(-20).join('\n') || '(none)'}`);
  try {
    const code = await Promise.race([exited, deadline]);
    await shots; // a late screenshot still finishes before the browser closes
    if (code !== 0) showErrors();
    return code;
  } catch (err) {
    console.log(`\n${err.message}.`);
    showErrors();
    console.log(`\ncode-server output (last lines):\n${server.output().split('\n').slice(-30).join('\n')}`);
    return 1;
  } finally {
    clearTimeout(timer);
  }
}

let code;
try {
  code = await main();
} catch (err) {
  console.error(err.stack ?? err);
  code = 1;
} finally {
  await cleanup();
}
console.log(`host tests ${code === 0 ? 'passed' : `FAILED (exit code ${code})`} in ${secs()}`);
process.exit(code);
