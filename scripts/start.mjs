// `npm start`: a demo for humans. Builds the extension, installs it into a dedicated
// extensions folder of a local code-server (real VS Code 1.100.3 in the browser), opens
// a scratch copy of the fictional sample minutes in samples/, and serves until Ctrl+C.
// The copy (in .tmp/start/samples, ignored by git) is made afresh at every start, so
// nothing typed in the demo ever changes the repository's samples.
//
// The extension is installed by copying (not through the `payload` URL used by the
// tests) so the URL stays short and the window looks like ordinary VS Code.
//
//   PORT=8080          port on 127.0.0.1 (default 8080); or --port 8081
//   --keep             reuse the scratch copy from the last start instead of a fresh one
//   --no-build         skip `node scripts/build.mjs` (use the dist/ already there)
//   --check            self-test: open the workbench once in headless Chromium, wait until
//                      the Extensions view lists the extension, enabled; print the result, stop
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, ensureCodeServer, startCodeServer, launchChromium, installExtensionCopy } from './code-server.mjs';

const CHECK = process.argv.includes('--check');
const BUILD = !process.argv.includes('--no-build');
const portArg = process.argv.indexOf('--port');
const PORT = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT ?? 8080);
if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65535) {
  console.error('the port must be a whole number from 1 to 65535, for example: npm start -- --port 8081');
  process.exit(2);
}
const KEEP = process.argv.includes('--keep');
// gitignored; the demo's settings survive restarts; --check uses its own so it can run beside it
const STATE = path.join(ROOT, '.vscode-test', CHECK ? 'start-check' : 'start');
const EXTENSIONS_DIR = path.join(STATE, 'extensions');
const USER_DATA_DIR = path.join(STATE, 'user-data');
const SAMPLES_SOURCE = path.join(ROOT, 'samples');
// The workspace the demo opens: a copy, so edits in the demo never touch samples/.
const SAMPLES = path.join(ROOT, '.tmp', CHECK ? 'start-check' : 'start', 'samples');

if (BUILD) {
  console.log('building (node scripts/build.mjs)...');
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const main = path.join(ROOT, pkg.main ?? 'dist/extension.js');
if (!fs.existsSync(main.endsWith('.js') ? main : `${main}.js`)) {
  console.error(`missing ${path.relative(ROOT, main)}: the build did not produce the extension`);
  process.exit(1);
}
ensureCodeServer();

const id = `${pkg.publisher}.${pkg.name}`;
// The manifest's words are %keys% of package.nls.json: the Extensions view shows the words.
const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
const displayName = String(pkg.displayName ?? pkg.name).replace(/^%(.+)%$/, (_, k) => nls[k] ?? k);
installExtensionCopy(EXTENSIONS_DIR); // what the .vsix holds, copied: the demo runs what users install

if (!KEEP || !fs.existsSync(SAMPLES)) {
  fs.rmSync(SAMPLES, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(SAMPLES), { recursive: true });
  fs.cpSync(SAMPLES_SOURCE, SAMPLES, { recursive: true });
}
console.log(`sample workspace: ${path.relative(ROOT, SAMPLES)} (a fresh copy of samples/${KEEP ? ', kept from the last start' : ''})`);

const server = await startCodeServer({
  folder: SAMPLES,
  port: CHECK ? 0 : PORT, // the self-test must not clash with a running demo
  extensionsDir: EXTENSIONS_DIR,
  userDataDir: USER_DATA_DIR,
  // First start only (kept if the human changes settings): the samples' README instead of
  // the Get Started page, and no offer to open this project's git repository.
  settings: { 'workbench.startupEditor': 'readme', 'telemetry.telemetryLevel': 'off',
    'git.openRepositoryInParentFolders': 'never' },
});
let stopping = false;
let checkBrowser = null; // only during --check
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await checkBrowser?.close().catch(() => {});
  await server.stop();
  process.exit(code);
}
process.on('SIGINT', () => { console.log('\nstopping code-server...'); shutdown(0); });
process.on('SIGTERM', () => shutdown(0));

const url = `${server.url}?folder=${encodeURIComponent(SAMPLES)}`;
if (CHECK) {
  await shutdown(await selfCheck(url) ? 0 : 1);
} else {
  console.log(`\n  Core Group Minutes ${pkg.version} in VS Code (code-server, offline)\n\n` +
    `    ${url}\n\n  Open it in a browser (Chromium or Chrome work best). Ctrl+C stops it.\n`);
}

/**
 * Opens the workbench in headless Chromium, shows the Extensions view and waits for the
 * extension, enabled, in its INSTALLED list: proof that the server scanned and accepted
 * the copy (manifest, engines) and the workbench knows it. (Developer: Show Running Extensions
 * would only list it once activated, which depends on its activation events.)
 */
async function selfCheck(workbench) {
  const started = Date.now();
  const browser = checkBrowser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(workbench, { waitUntil: 'domcontentloaded' });
    const timeout = Number(process.env.START_CHECK_TIMEOUT_MS) || 90_000; // bounds every wait below
    await page.locator('.activitybar .action-item a[aria-label^="Extensions"]').click({ timeout });
    const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: displayName }).first();
    await row.waitFor({ timeout });
    // An extension the server rejects (e.g. engines.vscode newer than 1.100) is still listed,
    // greyed out: its row carries the `disabled` class from the first render.
    const label = await row.getAttribute('aria-label');
    if (await row.evaluate((e) => e.classList.contains('disabled'))) {
      throw new Error(`listed but DISABLED (incompatible engines.vscode or invalid manifest?): ${label}`);
    }
    console.log(`check passed in ${((Date.now() - started) / 1000).toFixed(1)} s: Extensions view lists ${label}`);
    return true;
  } catch (err) {
    const shot = path.join(ROOT, '.tmp', 'start-check-failure.png');
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot }).catch(() => {});
    console.error(`check FAILED: ${id} not seen among the running extensions: ${err.message.split('\n')[0]}` +
      `\n(screenshot: ${path.relative(ROOT, shot)})`);
    return false;
  } finally {
    await browser.close();
  }
}
