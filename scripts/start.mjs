// `npm start`: a demo for humans. Builds the extension, installs it into a dedicated
// extensions folder of a local code-server (real VS Code 1.100.3 in the browser), opens
// the fictional sample minutes in samples/, and serves until Ctrl+C.
//
// The extension is installed by copying (not through the `payload` URL used by the
// tests) so the URL stays short and the window looks like ordinary VS Code.
//
//   PORT=8080          port on 127.0.0.1 (default 8080)
//   --no-build         skip `node scripts/build.mjs` (use the dist/ already there)
//   --check            self-test: open the workbench once in headless Chromium, wait until
//                      the extension host reports the extension, print the result, stop
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, ensureCodeServer, startCodeServer, launchChromium } from './code-server.mjs';

const CHECK = process.argv.includes('--check');
const BUILD = !process.argv.includes('--no-build');
const PORT = Number(process.env.PORT ?? 8080);
const STATE = path.join(ROOT, '.vscode-test', 'start'); // gitignored; settings survive restarts
const EXTENSIONS_DIR = path.join(STATE, 'extensions');
const USER_DATA_DIR = path.join(STATE, 'user-data');
const SAMPLES = path.join(ROOT, 'samples');
// What a packaged extension would contain (see also .vscodeignore if one is added).
const SHIPPED = ['package.json', 'package.nls.json', 'dist', 'syntaxes', 'snippets', 'schemas', 'media',
  'language-configuration.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];

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

// Install by copying into <extensions>/<publisher>.<name>-<version>/. Earlier copies are
// removed, and so is extensions.json (the server's list of installed extensions): without
// it the server rescans the folder at start, so the fresh copy is picked up.
const id = `${pkg.publisher}.${pkg.name}`;
fs.mkdirSync(EXTENSIONS_DIR, { recursive: true });
for (const name of fs.readdirSync(EXTENSIONS_DIR)) {
  if (name.startsWith(`${id}-`)) fs.rmSync(path.join(EXTENSIONS_DIR, name), { recursive: true, force: true });
}
fs.rmSync(path.join(EXTENSIONS_DIR, 'extensions.json'), { force: true });
const target = path.join(EXTENSIONS_DIR, `${id}-${pkg.version}`);
for (const entry of SHIPPED) {
  const from = path.join(ROOT, entry);
  if (fs.existsSync(from)) fs.cpSync(from, path.join(target, entry), { recursive: true });
}
// Source maps are for debugging here; they stay in the copy (harmless, like a dev install).

if (!fs.existsSync(SAMPLES)) fs.mkdirSync(SAMPLES, { recursive: true });
if (fs.readdirSync(SAMPLES).length === 0) {
  fs.writeFileSync(path.join(SAMPLES, 'README.md'), '# Sample minutes\n\nFictional core group minutes for the demo go here.\n');
}

const server = await startCodeServer({
  folder: SAMPLES,
  port: CHECK ? 0 : PORT, // the self-test must not clash with a running demo
  extensionsDir: EXTENSIONS_DIR,
  userDataDir: USER_DATA_DIR,
});
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
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
 * Opens the workbench in headless Chromium and waits (with a deadline) until the remote
 * extension host's log shows the extension among the ones it resolved. The log file is
 * written by the server under <user-data>/logs/<session>/exthost<N>/remoteexthost.log.
 */
async function selfCheck(workbench) {
  const started = Date.now();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(workbench, { waitUntil: 'domcontentloaded' });
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const hit = findInExtHostLogs(USER_DATA_DIR, id, started);
      if (hit) {
        console.log(`check passed in ${((Date.now() - started) / 1000).toFixed(1)} s: ${hit}`);
        return true;
      }
      await new Promise((r) => setTimeout(r, 250)); // poll interval, bounded by the deadline
    }
    console.error(`check FAILED: ${id} did not show up in the extension host log within 90 s`);
    return false;
  } finally {
    await browser.close();
  }
}

function findInExtHostLogs(userDataDir, extId, since) {
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) return null;
  for (const e of fs.readdirSync(logs, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || e.name !== 'remoteexthost.log') continue;
    const file = path.join(e.parentPath ?? e.path, e.name);
    if (fs.statSync(file).mtimeMs < since) continue; // a previous session's log
    const line = fs.readFileSync(file, 'utf8').split('\n').find((l) => l.includes(extId));
    if (line) return line.trim();
  }
  return null;
}
