// Real VS Code, offline: installs and starts code-server (VS Code 1.100.3 server + web
// workbench) and launches headless Debian Chromium through playwright-core.
// Why code-server: @vscode/test-electron downloads VS Code at run time, which this
// machine cannot do; code-server comes from the npm registry. See
// /work/shared/notes/real-vscode-offline.md for the background.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100.3; later ones need Node 22+.
export const CODE_SERVER_PREFIX = path.join(ROOT, '.vscode-test', 'code-server');
const PKG_DIR = path.join(CODE_SERVER_PREFIX, 'node_modules', 'code-server');
const ENTRY = path.join(PKG_DIR, 'out', 'node', 'entry.js');
const MARKER = path.join(CODE_SERVER_PREFIX, `.installed-${CODE_SERVER_VERSION}`);
const INSTALL_LOG = path.join(ROOT, '.vscode-test', 'code-server-install.log');
export const CHROMIUM = '/usr/bin/chromium';
const APT_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'pkg-config'];
// Native modules code-server builds with node-gyp; a missing .node file means a
// postinstall silently failed, and the server would break later in obscure ways.
// Paths are relative to the install prefix (npm hoists argon2 next to code-server).
const NATIVE_MODULES = [
  'node_modules/argon2',
  'node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog',
  'node_modules/code-server/lib/vscode/node_modules/node-pty',
  'node_modules/code-server/lib/vscode/node_modules/kerberos',
];
// @vscode/ripgrep's postinstall downloads from GitHub unless this cache file exists.
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

function isInstalledDeb(name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Installs the Debian packages (as root) or explains what is missing. */
export function ensureDebianPackages() {
  const missing = APT_PACKAGES.filter((p) => !isInstalledDeb(p));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')}\n` +
      `Install them first:  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  }
  console.log(`[code-server] apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['-qq', 'update'], ['-qq', '-y', '--no-install-recommends', 'install', ...missing]]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (${r.status})`);
  }
}

/** Puts Debian's rg into the cache tarball @vscode/ripgrep looks for; returns the tmp dir used. */
function prepareRipgrepCache() {
  const tmp = os.tmpdir();
  const cacheDir = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  const tarball = path.join(cacheDir, RIPGREP_ASSET);
  if (!fs.existsSync(tarball)) {
    fs.mkdirSync(cacheDir, { recursive: true });
    const stage = fs.mkdtempSync(path.join(tmp, 'rg-stage-'));
    fs.copyFileSync('/usr/bin/rg', path.join(stage, 'rg'));
    fs.chmodSync(path.join(stage, 'rg'), 0o755);
    const r = spawnSync('tar', ['-czf', tarball, '-C', stage, 'rg'], { stdio: 'inherit' });
    fs.rmSync(stage, { recursive: true, force: true });
    if (r.status !== 0) throw new Error('could not create the ripgrep cache tarball');
  }
  return tmp;
}

function missingNativeFiles() {
  const hasNodeFile = (dir) => {
    if (!fs.existsSync(dir)) return false;
    for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (e.isFile() && e.name.endsWith('.node')) return true;
    }
    return false;
  };
  return NATIVE_MODULES.filter((m) => !hasNodeFile(path.join(CODE_SERVER_PREFIX, m)));
}

/** Idempotent: Debian packages, ripgrep cache, code-server in .vscode-test/. Quiet when done. */
export function ensureCodeServer() {
  ensureDebianPackages();
  if (fs.existsSync(MARKER) && fs.existsSync(ENTRY)) return ENTRY; // fast path
  const tmp = prepareRipgrepCache();
  fs.mkdirSync(CODE_SERVER_PREFIX, { recursive: true });
  // Its own package.json keeps npm from walking up into the project's package.json.
  const ownPkg = path.join(CODE_SERVER_PREFIX, 'package.json');
  if (!fs.existsSync(ownPkg)) fs.writeFileSync(ownPkg, '{ "name": "code-server-host", "private": true }\n');
  console.log(`[code-server] installing code-server@${CODE_SERVER_VERSION} into ${path.relative(ROOT, CODE_SERVER_PREFIX)} ` +
    `(a few minutes: native modules build from source; log: ${path.relative(ROOT, INSTALL_LOG)})`);
  const started = Date.now();
  const logFd = fs.openSync(INSTALL_LOG, 'w');
  const r = spawnSync('npm', ['install', '--prefix', CODE_SERVER_PREFIX, '--foreground-scripts',
    '--save-exact', '--no-audit', '--no-fund', '--loglevel', 'warn', `code-server@${CODE_SERVER_VERSION}`], {
    stdio: ['ignore', logFd, logFd],
    // yes: node-pty's postinstall runs `npx node-gyp`; unsafe_perm: scripts must run as root.
    env: { ...process.env, TMPDIR: tmp, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' },
  });
  fs.closeSync(logFd);
  const missing = missingNativeFiles();
  if (r.status !== 0 || !fs.existsSync(ENTRY) || missing.length) {
    const tail = fs.readFileSync(INSTALL_LOG, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`code-server install failed (npm exit ${r.status}` +
      `${missing.length ? `; no .node file in ${missing.join(', ')}` : ''}). Last log lines:\n${tail}`);
  }
  fs.writeFileSync(MARKER, new Date().toISOString() + '\n');
  console.log(`[code-server] installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return ENTRY;
}

/** Asks the OS for a free TCP port on 127.0.0.1 (port 0), then releases it. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Temporary HOME/XDG folders so neither code-server nor Chromium writes under the real home. */
export function tempHome(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const env = { HOME: path.join(dir, 'home'), XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
    XDG_DATA_HOME: path.join(dir, 'xdg-data'), XDG_CACHE_HOME: path.join(dir, 'xdg-cache') };
  for (const d of Object.values(env)) fs.mkdirSync(d, { recursive: true });
  return { dir, env };
}

/**
 * Starts code-server for `folder`; resolves once /healthz answers.
 * Returns { url, port, tmpDir, userDataDir, extensionsDir, logFile, output(), stop() }.
 * port 0 (default) picks a free port. `env` adds variables; the extension host inherits them.
 * `settings` (object) is written as the user settings.json unless one exists. The server runs in its own process group so
 * stop() (and process exit) can kill it together with its extension hosts.
 */
export async function startCodeServer({ folder, port = 0, host = '127.0.0.1', extensionsDir, userDataDir,
  env = {}, settings, echo = false, healthTimeoutMs = 60_000 } = {}) {
  if (!fs.existsSync(ENTRY)) throw new Error('code-server is not installed: call ensureCodeServer() first');
  const { dir: tmpDir, env: homeEnv } = tempHome('cgm-code-server-');
  userDataDir ??= path.join(tmpDir, 'user-data');
  extensionsDir ??= path.join(tmpDir, 'extensions');
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (settings && !fs.existsSync(settingsFile)) {
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2) + '\n');
  }
  if (!port) port = await freePort();
  const config = path.join(tmpDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [ENTRY, '--auth', 'none', '--bind-addr', `${host}:${port}`, '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir, '--config', config, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', ...(folder ? [folder] : [])];
  const logFile = path.join(tmpDir, 'code-server.log');
  const logStream = fs.createWriteStream(logFile);
  let output = '';
  const child = spawn(process.execPath, args, {
    detached: true, // own process group: stop() kills server + extension hosts + pty hosts
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...homeEnv, ...env },
  });
  const onData = (chunk) => {
    output += chunk; logStream.write(chunk);
    if (echo) process.stdout.write(chunk);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => { exited = { code, signal }; resolve(exited); }));

  const killGroup = (signal) => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
  const onProcessExit = () => killGroup('SIGKILL'); // last resort if the caller crashes
  process.on('exit', onProcessExit);

  let stopped = false;
  async function stop({ keepTemp = false } = {}) {
    if (stopped) return;
    stopped = true;
    process.off('exit', onProcessExit);
    if (!exited) {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
      await exitPromise;
      clearTimeout(timer);
    }
    killGroup('SIGKILL'); // children that outlived the server (extension host, pty host)
    logStream.end();
    if (!keepTemp) fs.rmSync(tmpDir, { recursive: true, force: true, maxRetries: 3 });
  }

  const url = `http://${host}:${port}/`;
  const deadline = Date.now() + healthTimeoutMs;
  for (;;) {
    if (exited) {
      await stop({ keepTemp: true });
      throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${output.slice(-4000)}`);
    }
    try {
      const res = await fetch(new URL('healthz', url), { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop({ keepTemp: true });
      throw new Error(`code-server /healthz did not answer within ${healthTimeoutMs} ms:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 200)); // poll interval, bounded by the deadline
  }
  return { url, port, tmpDir, userDataDir, extensionsDir, logFile, output: () => output, stop };
}

/** Chromium flags from the notes: headless, no sandbox (root), nothing that phones home. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * Launches Debian's Chromium through playwright-core (no browser download).
 * playwright gives every launch() a fresh temporary profile; HOME/XDG also point to a
 * temporary folder so Chromium leaves nothing in the real home. The returned browser's
 * close() also removes that folder. Callers must close it on SIGINT/SIGTERM too.
 */
export async function launchChromium(options = {}) {
  const { chromium } = await import('playwright-core');
  const { dir, env } = tempHome('cgm-chromium-');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...env },
    // playwright's own Ctrl+C handling calls process.exit(130) after killing the browser,
    // cutting short our cleanup (code-server, temp folders): callers close it themselves.
    handleSIGINT: false,
    handleSIGTERM: false,
    ...options,
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    try { await close(); } finally { fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 }); }
  };
  return browser;
}

/**
 * Reads remoteAuthority from the workbench page's configuration meta element; the
 * vscode-remote:// URIs in the payload must use exactly this authority.
 */
export async function fetchRemoteAuthority(baseUrl, folder) {
  const res = await fetch(new URL(`?folder=${encodeURIComponent(folder)}`, baseUrl));
  const html = await res.text();
  const m = html.match(/<meta[^>]*id="vscode-workbench-web-configuration"[^>]*data-settings="([^"]*)"/);
  if (!m) throw new Error(`no vscode-workbench-web-configuration meta element at ${baseUrl}`);
  const decoded = m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const authority = JSON.parse(decoded).remoteAuthority;
  if (!authority) throw new Error('remoteAuthority missing from the workbench configuration');
  return authority;
}

/** Workbench URL opening `folder`, with optional payload pairs ([name, absolute path]). */
export function workbenchUrl(baseUrl, folder, authority, payload = []) {
  const u = new URL(baseUrl);
  u.searchParams.set('folder', folder);
  if (payload.length) {
    u.searchParams.set('payload', JSON.stringify(payload.map(([k, p]) => [k, `vscode-remote://${authority}${p}`])));
  }
  return u.toString();
}

// Used only when `vsce ls` fails: what .vscodeignore lets into the .vsix, roughly.
const FALLBACK_PACKAGED = ['package.json', 'package.nls.json', 'l10n', 'dist', 'syntaxes', 'snippets', 'schemas', 'docs/checks.md',
  'README.md', 'CHANGELOG.md', 'LICENSE'];

/** The files `vsce package` would put in the .vsix (it honours .vscodeignore), so a copy runs what
 *  users install; about 3 s. stdin is closed so vsce cannot prompt. */
export function packagedFiles() {
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'] });
  const files = r.status === 0 ? r.stdout.split('\n').map((l) => l.trim()).filter(Boolean) : [];
  if (files.includes('package.json')) return files;
  console.warn(`vsce ls failed (${(r.stderr || r.error?.message || '').trim().split('\n')[0]}); copying a default file list`);
  return FALLBACK_PACKAGED;
}

/**
 * Installs the built extension into `extensionsDir` by copying the packaged files into
 * <publisher>.<name>-<version>/, as a .vsix install would lay them out: the window then looks
 * like everyday VS Code (no "[Extension Development Host]"). Earlier copies are removed, and so is
 * extensions.json (the server's list of installed extensions): without it the server rescans the
 * folder at start and picks up the fresh copy. Returns the extension's folder.
 */
export function installExtensionCopy(extensionsDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const id = `${pkg.publisher}.${pkg.name}`;
  fs.mkdirSync(extensionsDir, { recursive: true });
  for (const name of fs.readdirSync(extensionsDir)) {
    if (name.startsWith(`${id}-`)) fs.rmSync(path.join(extensionsDir, name), { recursive: true, force: true });
  }
  fs.rmSync(path.join(extensionsDir, 'extensions.json'), { force: true });
  const target = path.join(extensionsDir, `${id}-${pkg.version}`);
  for (const entry of packagedFiles()) {
    const from = path.join(ROOT, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(target, entry), { recursive: true, filter: (f) => !f.endsWith('.map') });
  }
  return target;
}

// `node scripts/code-server.mjs` installs (handy for CI and by hand).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureCodeServer();
  } catch (err) {
    console.error(`[code-server] ${err.message}`);
    process.exit(1);
  }
}

/**
 * How a test run ends, once, whether it finished or Ctrl+C stopped it: close Chromium, stop
 * code-server, and remove the temporary folder (or keep it and say where). `current()` gives the
 * browser and server started so far; `teardown.started()` tells whether the end is under way.
 */
export function runTeardown({ tmp, workspace, keep, current }) {
  let done = null;
  const teardown = () => {
    done ??= (async () => {
      const { browser, server } = current();
      await browser?.close().catch((e) => console.error('closing chromium:', e.message));
      await server?.stop({ keepTemp: keep }).catch((e) => console.error('stopping code-server:', e.message));
      if (keep) console.log(`kept: workspace ${workspace}; code-server logs ${server?.tmpDir}`);
      else fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    })();
    return done;
  };
  teardown.started = () => done !== null;
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => { console.error(`\n${sig}: stopping`); teardown().finally(() => process.exit(130)); });
  }
  return teardown;
}
