// End-to-end test of the "Plan progress" webview in a REAL VS Code (code-server 1.100.3) driven by
// headless Chromium through playwright-core, the way a user drives it: Quick Open, the command
// palette, the keyboard. It
//   1. copies samples/ and the hostile fixture (test/fixtures/hostile/) into a temporary workspace,
//      installs the built extension into a temporary extensions folder by copying the files the
//      .vsix would hold (as scripts/start.mjs does: the window then looks like everyday VS Code,
//      no "[Extension Development Host]" in the screenshots), starts code-server and opens the
//      workbench;
//   2. opens H.B.'s latest minutes, runs "Core Group: Show plan progress" and checks, inside the
//      webview's own frame, the outcomes, the Red/Amber/Green timeline of every meeting, an overdue
//      and a drift badge, and that Enter on an outcome title moves the editor's cursor;
//   3. saves docs/images/plan-progress-light.png and plan-progress-dark.png;
//   4. opens the hostile minutes (markup and javascript: links in the front matter, headings,
//      outcome titles and table cells) and checks that all of it shows as text and nothing runs.
// Expects dist/ (npm run build). Exit code 0 only if every check passes.
//
// Env:
//   E2E_TIMEOUT_MS=<ms>   deadline of each single wait (default 60000)
//   E2E_SCREENSHOT_DIR    where the two screenshots go (default docs/images/)
//   E2E_VERBOSE=1         print the browser console and code-server logs
//   E2E_KEEP=1            keep the temporary workspace and code-server logs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, ensureCodeServer, startCodeServer, launchChromium, workbenchUrl, runTeardown } from './code-server.mjs';

const WAIT_MS = Number(process.env.E2E_TIMEOUT_MS) || 60_000;
const VERBOSE = !!process.env.E2E_VERBOSE;
const KEEP = !!process.env.E2E_KEEP;
const SHOT_DIR = path.resolve(ROOT, process.env.E2E_SCREENSHOT_DIR || path.join('docs', 'images'));
const FAILURE_SHOT = path.join(ROOT, '.tmp', 'e2e-failure.png'); // .tmp/ is gitignored
const SAMPLES = path.join(ROOT, 'samples');
const HOSTILE = path.join(ROOT, 'test', 'fixtures', 'hostile');
const SERIES = 'child-h-b';
const HOSTILE_CHILD = 'child-x';
const VIEWPORT = { width: 1400, height: 1000 }; // tall enough for O1's overdue and O3's drift badges
// The setting's value, and the label the theme picker shows for it.
const LIGHT = { id: 'Default Light Modern', label: 'Light Modern', dark: false };
const DARK = { id: 'Default Dark Modern', label: 'Dark Modern', dark: true };
const SIDEBAR_WIDTH = 640; // the Plan progress view lives in the side bar: wide enough to read

for (const f of ['dist/extension.js', 'dist/webview/panel.js', 'dist/webview/panel.css']) {
  if (!fs.existsSync(path.join(ROOT, f))) {
    console.error(`missing ${f}: run \`npm run build\` first`);
    process.exit(2);
  }
}

// What the .vsix holds (.vscodeignore is an allow-list; source maps are left out).
const PACKAGED = ['package.json', 'package.nls.json', 'l10n', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist', 'syntaxes', 'snippets', 'schemas',
  'docs/checks.md'];

const started = Date.now();
const secs = (since = started) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// Expected values, read from the sample files themselves (so the test follows the samples).

function readMinutes(file) {
  const text = fs.readFileSync(file, 'utf8');
  const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const field = (k) => new RegExp(`^${k}:\\s*(.+)$`, 'm').exec(fm)?.[1].trim();
  const lines = text.split('\n');
  const outcomes = new Map(); // id -> { rating, line (1-based) }
  let current;
  lines.forEach((l, i) => {
    const h = /^### (O\d+)\b/.exec(l);
    if (h) outcomes.set((current = h[1]), { rating: null, line: i + 1 });
    else if (/^#{1,2} /.test(l)) current = undefined;
    const r = /^Progress:\s*(Red|Amber|Green)\b/i.exec(l);
    if (r && current) outcomes.get(current).rating = r[1][0].toUpperCase() + r[1].slice(1).toLowerCase();
  });
  return { file, name: path.basename(file), type: field('type'), meeting: Number(field('meeting')), outcomes, lines };
}

function expectedSeries() {
  const dir = path.join(SAMPLES, SERIES);
  const minutes = fs.readdirSync(dir).filter((f) => f.endsWith('.md'))
    .map((f) => readMinutes(path.join(dir, f))).filter((m) => m.type === 'core-group-minutes')
    .sort((a, b) => a.meeting - b.meeting);
  const plan = fs.readFileSync(path.join(dir, 'cp-plan.md'), 'utf8');
  const titles = [...plan.matchAll(/^## (O\d+ .+)$/gm)].map((m) => m[1].trim());
  const latest = minutes[minutes.length - 1];
  const ratings = Object.fromEntries(titles.map((t) => {
    const id = t.split(' ')[0];
    return [id, minutes.map((m) => m.outcomes.get(id)?.rating ?? null)];
  }));
  // Guards: an empty parse would make the checks below pass vacuously.
  if (minutes.length < 3 || titles.length < 3 || Object.values(ratings).some((r) => r.includes(null))) {
    throw new Error(`samples/${SERIES} is not the 3-meeting series this test expects ` +
      `(${minutes.length} minutes, ${titles.length} outcomes in cp-plan.md)`);
  }
  return { minutes, latest, titles, ratings };
}

// ---------------------------------------------------------------------------------------------
// Results: one line per check group; setup failures skip what depends on them.

const results = [];
let server;
let browser;
let page; // also for failure screenshots
async function check(name, fn, { needs = [] } = {}) {
  if (cleanup.started()) { // Ctrl+C: stop quietly, cleanup is under way
    results.push({ name, ok: false, skipped: true });
    return false;
  }
  const missing = needs.filter((n) => !results.find((r) => r.name === n && r.ok));
  if (missing.length) {
    results.push({ name, ok: false, skipped: true });
    console.log(`  SKIP ${name} (needs: ${missing.join(', ')})`);
    return false;
  }
  const t = Date.now();
  try {
    const detail = await fn();
    results.push({ name, ok: true });
    console.log(`  ok   ${name} (${secs(t)})${detail ? `: ${detail}` : ''}`);
    return true;
  } catch (err) {
    results.push({ name, ok: false });
    if (cleanup.started()) return false;
    console.log(`  FAIL ${name} (${secs(t)}): ${err.message}`);
    if (page && !fs.existsSync(FAILURE_SHOT)) {
      fs.mkdirSync(path.dirname(FAILURE_SHOT), { recursive: true });
      await page.screenshot({ path: FAILURE_SHOT }).then(() => console.log(`       (screenshot: ${path.relative(ROOT, FAILURE_SHOT)})`), () => {});
    }
    return false;
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}
function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Polls `fn` until it returns a truthy value or the deadline passes (no fixed sleeps). */
async function until(what, fn, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) { last = err; }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}${last ? ` (last error: ${last.message.split('\n')[0]})` : ''}`);
    await new Promise((r) => setTimeout(r, 100)); // poll interval, bounded by the deadline
  }
}

// ---------------------------------------------------------------------------------------------
// Workbench helpers.

const quickInput = () => page.locator('.quick-input-widget');

/** Ctrl+P, the file name, Enter; resolves once the file's tab is active and its text shown. */
async function quickOpen(fileName, folder) {
  await page.keyboard.press('Control+P');
  const input = quickInput().locator('input.input');
  await input.waitFor({ state: 'visible', timeout: WAIT_MS });
  await input.fill(`${folder}/${fileName}`);
  // The first result must be the file in that folder (search is fuzzy; wait for the list).
  const row = quickInput().locator('.monaco-list-row.focused', { hasText: fileName });
  await row.waitFor({ state: 'visible', timeout: WAIT_MS });
  await until(`"${folder}" in the focused Quick Open row`, async () => (await row.textContent()).includes(folder));
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label^="${fileName}"]`).waitFor({ timeout: WAIT_MS });
  await quickInput().waitFor({ state: 'hidden', timeout: WAIT_MS });
}

const escapeRe = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Moves the quick input's focus (arrow keys) to the entry labelled exactly `label`, then Enter.
 *  The list is fuzzy and ranked: e.g. "Browse Color Themes in Marketplace" comes before "Color Theme". */
async function chooseEntry(label) {
  const exact = new RegExp(`^\\s*${escapeRe(label)}\\s*$`);
  const labelOf = (row) => row.locator('.label-name').first();
  await quickInput().locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: exact }) }).first()
    .waitFor({ state: 'visible', timeout: WAIT_MS });
  for (let i = 0; i < 30; i++) {
    const focused = quickInput().locator('.monaco-list-row.focused');
    if (exact.test((await labelOf(focused).textContent({ timeout: WAIT_MS })) ?? '')) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not move the focus to "${label}" in the quick input`);
}

/** F1, the command's title, Enter: like a user, through the palette's list. `then` names the
 *  entry to choose, also with Enter, in the quick pick the command opens (e.g. a theme). */
async function runCommand(title, then) {
  await page.keyboard.press('F1');
  const input = quickInput().locator('input.input');
  await input.waitFor({ state: 'visible', timeout: WAIT_MS });
  await input.fill(`>${title}`);
  await chooseEntry(title);
  if (then) {
    // The command's own quick pick replaces the palette in the same widget.
    await until(`the palette to close for "${title}"`, async () => (await input.inputValue()) === '' || !(await input.isVisible()));
    await input.fill(then);
    await chooseEntry(then);
  }
  await quickInput().waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** The status bar's "Ln N, Col M" item, as { line, col }. */
async function cursor() {
  const text = await page.locator('#status\\.editor\\.selection').first().textContent({ timeout: WAIT_MS });
  const m = /Ln (\d+), Col (\d+)/.exec(text ?? '');
  return m ? { line: Number(m[1]), col: Number(m[2]) } : undefined;
}

/**
 * The webview's content frame: code-server nests each webview in two iframes; ours is the
 * one whose document has #root and the extension's panel.js. `ready` (run in the frame)
 * says when it has drawn what the caller waits for.
 */
async function panelFrame(what, ready = () => true, timeout = WAIT_MS) {
  return until(what, async () => {
    for (const f of page.frames()) {
      if (f.isDetached()) continue;
      const ok = await f.evaluate(`(() => {
        const root = document.getElementById('root');
        if (!root || !document.querySelector('script[src*="panel.js"]')) return false;
        return (${ready.toString()})(root);
      })()`).catch(() => false);
      if (ok) return f;
    }
    return undefined;
  }, timeout);
}

/** Widens the side bar (where the Plan progress view is) by dragging its sash. */
async function widenSideBar(width) {
  const sidebar = page.locator('#workbench\\.parts\\.sidebar');
  const box = await sidebar.boundingBox();
  if (!box || box.width >= width - 5) return;
  // The sash between the side bar and the editor: a vertical one at the side bar's right edge.
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
  await until(`the side bar to be ${width} px wide`, async () => ((await sidebar.boundingBox())?.width ?? 0) >= width - 20, 5_000);
}

/** Picks the colour theme through "Preferences: Color Theme" (unless it is on already) and waits
 *  for the workbench and the webview to take it. */
async function setTheme({ id, label, dark }) {
  const current = await page.evaluate(() => document.querySelector('.monaco-workbench')?.classList.contains('vs-dark'));
  if (current !== dark) await runCommand('Preferences: Color Theme', label);
  await until(`the workbench to switch to ${label}`, () => page.evaluate((d) => {
    const wb = document.querySelector('.monaco-workbench');
    return wb && wb.classList.contains(d ? 'vs-dark' : 'vs') && !wb.classList.contains(d ? 'vs' : 'vs-dark');
  }, dark));
  // The webview follows: VS Code marks its body with the theme's kind and id.
  return panelFrame(`the webview to take the ${label} colours`, new Function(`
    const b = document.body;
    return b.classList.contains('${dark ? 'vscode-dark' : 'vscode-light'}') && b.dataset.vscodeThemeId === ${JSON.stringify(id)};`));
}

async function nextPaint() {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

// ---------------------------------------------------------------------------------------------

/** Copies the packaged files into <tmp>/extensions/<publisher>.<name>-<version>/; returns the folder. */
function installExtension() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const dir = path.join(tmp, 'extensions');
  const target = path.join(dir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  for (const entry of PACKAGED) {
    const from = path.join(ROOT, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(target, entry), { recursive: true, filter: (f) => !f.endsWith('.map') });
  }
  return dir;
}

ensureCodeServer();
const expected = expectedSeries();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cgm-e2e-'));
const workspace = path.join(tmp, 'workspace');
fs.cpSync(SAMPLES, workspace, { recursive: true });
fs.cpSync(path.join(HOSTILE, HOSTILE_CHILD), path.join(workspace, HOSTILE_CHILD), { recursive: true });
const hostileFile = fs.readdirSync(path.join(workspace, HOSTILE_CHILD)).find((f) => f.endsWith('-core-group.md'));

const cleanup = runTeardown({ tmp, workspace, keep: KEEP, current: () => ({ browser, server }) });

const dialogs = [];
const workbenchErrors = [];
const navigations = [];
const cspViolations = [];

async function main() {
  fs.rmSync(FAILURE_SHOT, { force: true });
  const extensionsDir = installExtension();
  server = await startCodeServer({
    folder: workspace,
    extensionsDir,
    settings: {
      'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'workbench.colorTheme': LIGHT.id,
      'git.openRepositoryInParentFolders': 'never', 'workbench.tips.enabled': false,
      'extensions.ignoreRecommendations': true, 'editor.minimap.enabled': false,
      'editor.stickyScroll.enabled': false, 'workbench.editor.enablePreview': false, 'editor.cursorBlinking': 'solid',
    },
    echo: VERBOSE,
  });
  console.log(`code-server up at ${server.url} (${secs()})`);
  const url = workbenchUrl(server.url, workspace); // no payload: the extension is installed

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS); // every locator action and wait, in the page and its frames
  context.on('page', (p) => navigations.push(`new page: ${p.url()}`)); // e.g. a link opened in a new tab
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  page.on('framenavigated', (f) => { if (/^javascript:/i.test(f.url())) navigations.push(`frame navigated to ${f.url()}`); });
  page.on('pageerror', (err) => workbenchErrors.push(`page error: ${err.message}`));
  // Console output of the page and all its frames, webviews included. A CSP violation there
  // means something tried to run or load that the panel never should (the CSP stopped it, but
  // the markup got into the DOM); kept apart and checked in the hostile part.
  page.on('console', (m) => {
    const text = m.text();
    if (/Content Security Policy|Refused to (execute|load|apply|run)/i.test(text)) cspViolations.push(`${m.location()?.url?.slice(0, 80) ?? ''}: ${text}`);
    if (VERBOSE) console.log(`[console ${m.type()}] ${text}`);
    else if (m.type() === 'error' && !/open-vsx\.org|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED/.test(text)) workbenchErrors.push(`[console] ${text}`);
  });

  console.log('checks:');
  const S = expected.latest.name;

  await check('workbench loads', async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    // The Explorer lists the sample folders once the workspace is open.
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${SERIES}"]`).waitFor({ timeout: WAIT_MS });
    return `at ${secs()}`;
  });

  await check(`Quick Open ${SERIES}/${S}`, async () => {
    await quickOpen(S, SERIES);
    return `at ${secs()}`;
  }, { needs: ['workbench loads'] });

  let frame;
  await check('"Core Group: Show plan progress" shows the panel', async () => {
    await runCommand('Core Group: Show plan progress');
    frame = await panelFrame('the Plan progress webview to draw the minutes', (root) => !!root.querySelector('dl.header'));
    await widenSideBar(SIDEBAR_WIDTH);
    return `at ${secs()}`;
  }, { needs: [`Quick Open ${SERIES}/${S}`] });
  const PANEL = '"Core Group: Show plan progress" shows the panel';

  await check('outcome titles and header', async () => {
    const titles = frame.locator('article.outcome h3.outcome-title');
    await titles.first().waitFor({ state: 'visible', timeout: WAIT_MS });
    assertEqual(await titles.allTextContents(), expected.titles, 'outcome titles');
    for (let i = 0; i < expected.titles.length; i++) await titles.nth(i).waitFor({ state: 'visible', timeout: WAIT_MS });
    const header = await frame.locator('dl.header dd').allTextContents();
    assert(header[0] === 'H.B.', `header child: ${header[0]}`);
    assert(header[1].startsWith(`Meeting ${expected.latest.meeting},`), `header meeting: ${header[1]}`);
    return `${expected.titles.length} outcomes`;
  }, { needs: [PANEL] });

  await check('timeline: Red/Amber/Green per meeting', async () => {
    const heads = await frame.locator('article.outcome').first().locator('table.timeline th').allInnerTexts();
    assertEqual(heads.map((h) => h.split('\n')[0].trim()), expected.minutes.map((m) => `Meeting ${m.meeting}`), 'timeline columns');
    const seen = [];
    for (const title of expected.titles) {
      const id = title.split(' ')[0];
      const article = frame.locator('article.outcome', { has: frame.locator('h3', { hasText: title }) });
      const rags = article.locator('table.timeline td span.rag');
      const labels = await rags.allTextContents();
      assertEqual(labels, expected.ratings[id], `${id} ratings`);
      for (let i = 0; i < labels.length; i++) {
        await rags.nth(i).waitFor({ state: 'visible', timeout: WAIT_MS });
        const cls = await rags.nth(i).getAttribute('class');
        assert(cls.split(/\s+/).includes(`rag-${labels[i].toLowerCase()}`), `${id} meeting ${i + 1}: class "${cls}" does not match "${labels[i]}"`);
      }
      seen.push(`${id} ${labels.join('/')}`);
    }
    return seen.join('; ');
  }, { needs: [PANEL] });

  await check('overdue and drift badges', async () => {
    // From the samples: A7 was due 13 November 2026 and is in progress; A4 is carried past its
    // due date at meetings 2 and 3 (samples/README.md says so too).
    const row = (id) => frame.locator('li.action', { has: frame.locator('.action-id', { hasText: new RegExp(`^${id}$`) }) }).first();
    const overdue = row('A7').locator('.badge.overdue');
    await overdue.waitFor({ state: 'visible', timeout: WAIT_MS });
    const drift = row('A4').locator('.badge.drift');
    await drift.waitFor({ state: 'visible', timeout: WAIT_MS });
    const overdueText = (await overdue.textContent()).trim();
    const driftText = (await drift.textContent()).trim();
    assert(/overdue/i.test(overdueText), `A7's overdue badge reads "${overdueText}"`);
    assert(/drift/i.test(driftText) && /\b2\b/.test(driftText), `A4's drift badge reads "${driftText}"`);
    // Only open, late actions: A8 (done) has no badge.
    assert(await row('A8').locator('.badge').count() === 0, 'A8 (done) has a badge');
    return `A7 "${overdueText}", A4 "${driftText}"`;
  }, { needs: [PANEL] });

  await check('keyboard: Tab order, Enter on an outcome title moves the cursor', async () => {
    // Tab from the first outcome's title reaches its first action (both are buttons).
    const first = frame.locator('h3.outcome-title').first();
    await first.focus();
    await page.keyboard.press('Tab');
    const next = await frame.evaluate(() => {
      const a = document.activeElement;
      return `${a?.tagName.toLowerCase()}.${a?.className} role=${a?.getAttribute('role')} ${a?.querySelector('.action-id')?.textContent ?? ''}`;
    });
    assert(/^li\.action\b.*role=button A\d+$/.test(next), `Tab from the first outcome title went to ${next}`);
    const last = expected.titles[expected.titles.length - 1];
    const id = last.split(' ')[0];
    const line = expected.latest.outcomes.get(id).line;
    const before = await until('the status bar cursor position', cursor);
    assert(before.line !== line, `the cursor is already on line ${line}`);
    const title = frame.locator('h3.outcome-title', { hasText: last });
    assertEqual(await title.getAttribute('tabindex'), '0', `${id} title tabindex`);
    assertEqual(await title.getAttribute('role'), 'button', `${id} title role`);
    await title.focus();
    assert(await title.evaluate((e) => document.activeElement === e), `${id} title did not take the focus`);
    await page.keyboard.press('Enter');
    const after = await until(`the status bar to show Ln ${line}`, async () => {
      const c = await cursor();
      return c?.line === line && c;
    });
    return `Tab: ${next.split(' ').pop()}; Enter: Ln ${before.line} -> Ln ${after.line} (${id} heading in ${S})`;
  }, { needs: [PANEL] });

  for (const [theme, file] of [[LIGHT, 'plan-progress-light.png'], [DARK, 'plan-progress-dark.png']]) {
    await check(`screenshot ${file}`, async () => {
      frame = await setTheme(theme);
      const themed = await frame.evaluate(() => `${document.body.dataset.vscodeThemeId} / ${document.body.dataset.vscodeThemeName}`);
      await frame.locator('h2#h-outcomes').scrollIntoViewIfNeeded();
      await nextPaint();
      fs.mkdirSync(SHOT_DIR, { recursive: true });
      const out = path.join(SHOT_DIR, file);
      await page.screenshot({ path: out });
      return `${path.relative(ROOT, out)} (webview theme: ${themed})`;
    }, { needs: [PANEL] });
  }

  // ---- Hostile content ----
  const HOSTILE_OPEN = `Quick Open ${HOSTILE_CHILD}/${hostileFile}`;
  await check(HOSTILE_OPEN, async () => {
    await quickOpen(hostileFile, HOSTILE_CHILD);
    // The panel follows the active editor. Waits on a harmless field (the fixture's date), so a
    // panel that turned the markup into elements fails the checks below, not this wait.
    frame = await panelFrame('the panel to draw the hostile minutes',
      (root) => [...root.querySelectorAll('dl.header dd')].some((d) => d.textContent.includes('Meeting 1, 4 November 2026')));
    return `at ${secs()}`;
  }, { needs: [PANEL] });

  await check('hostile: markup and javascript: links shown as text', async () => {
    const text = async (sel) => (await frame.locator(sel).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    const header = await text('dl.header dd');
    assertEqual(header[0], '<img src=x onerror=window.__pwned=1>', 'child in the header');
    assert(header[2].startsWith('<script>window.__pwned=5</script>Pat Example'), `chair in the header: ${header[2]}`);
    const titles = await text('h3.outcome-title');
    assertEqual(titles, ['O1 <script>window.__pwned=2</script> safe at home', 'O2 <a href="javascript:window.__pwned=13">X</a> attends school'], 'outcome titles');
    const actions = await text('li.action');
    assert(actions.some((a) => a.includes('<a href="javascript:window.__pwned=18">here</a>') && a.includes('<img src=x onerror=window.__pwned=4>')),
      `A1 (javascript: link and <img> owner) not shown as text: ${JSON.stringify(actions)}`);
    assert(actions.some((a) => a.includes('Visit <script>window.__pwned=16</script> weekly')), 'A2 <script> wording not shown as text');
    const evidence = await text('p.evidence');
    assert(evidence[0].includes('<img src=x onerror=window.__pwned=11> and [a link](javascript:window.__pwned=12)'), `O1 evidence: ${evidence[0]}`);
    const sections = await text('ul.sections li');
    assert(sections.some((s) => s.includes('<b onmouseover=window.__pwned=15>Contingency</b> plan')), 'section title with <b onmouseover> not shown as text');
    assert(sections.some((s) => s.includes('<img src=x onerror=window.__pwned=19> notes')), 'section title with <img onerror> not shown as text');
    // They are visible on screen, not hidden away.
    await frame.locator('h3.outcome-title', { hasText: '<script>' }).waitFor({ state: 'visible', timeout: WAIT_MS });
    return 'header, 2 outcome titles, 2 actions, evidence, 2 section titles';
  }, { needs: [HOSTILE_OPEN] });

  await check('hostile: no elements from the content; CSP default-src \'none\' with a nonce', async () => {
    const dom = await frame.evaluate(() => {
      const scripts = [...document.scripts].map((s) => ({ id: s.id, src: s.getAttribute('src') ?? '', nonce: s.nonce,
        vscodeApi: !s.src && s.textContent.includes('acquireVsCodeApi') }));
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      const root = document.getElementById('root');
      const foreign = [...root.querySelectorAll('script, img, svg, iframe, object, embed, a, b, form, link, style, meta, base')].map((e) => e.outerHTML.slice(0, 80));
      // Event handlers, and URLs in attributes that load or navigate (text in aria-label is fine).
      const urlAttr = /^(href|src|srcdoc|action|formaction|xlink:href|data|poster|background)$/i;
      const handlers = [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes]
        .filter((a) => /^on/i.test(a.name) || (urlAttr.test(a.name) && /^\s*(javascript|data):/i.test(a.value)))
        .map((a) => `${e.tagName} ${a.name}=${a.value}`));
      return { scripts, meta, foreign, handlers, imgs: document.images.length, links: document.links.length, iframes: document.querySelectorAll('iframe').length };
    });
    assertEqual(dom.foreign, [], 'elements under #root that the panel never makes');
    assertEqual(dom.handlers, [], 'event handler or javascript: attributes in the webview DOM');
    assertEqual([dom.imgs, dom.links, dom.iframes], [0, 0, 0], 'images, links, iframes in the webview document');
    // VS Code adds one inline script of its own (acquireVsCodeApi, id _vscodeApiScript); the
    // extension has exactly one, panel.js, with the nonce the CSP names.
    const ours = dom.scripts.filter((s) => !(s.id === '_vscodeApiScript' && s.vscodeApi));
    assert(ours.length === 1 && /\/dist\/webview\/panel\.js/.test(ours[0].src), `scripts in the webview: ${JSON.stringify(dom.scripts)}`);
    assert(dom.scripts.length <= 2, `more scripts than VS Code's and the panel's: ${JSON.stringify(dom.scripts)}`);
    assert(/^default-src 'none';/.test(dom.meta), `CSP does not start with default-src 'none': ${dom.meta}`);
    const nonce = /script-src 'nonce-([^']+)'/.exec(dom.meta)?.[1];
    assert(nonce && nonce.length >= 16, `CSP has no script nonce: ${dom.meta}`);
    assert(!/unsafe-inline|unsafe-eval/.test(dom.meta), `CSP allows unsafe sources: ${dom.meta}`);
    assertEqual(ours[0].nonce, nonce, 'panel.js nonce');
    assertEqual(cspViolations, [], 'CSP violations reported in the console');
    return `CSP "${dom.meta.split(';')[0]}; script-src 'nonce-…'", scripts: ${dom.scripts.map((s) => s.id || path.basename(s.src)).join(', ')}`;
  }, { needs: [HOSTILE_OPEN] });

  await check('hostile: hover and click run nothing and navigate nowhere', async () => {
    const urls = () => page.frames().filter((f) => !f.isDetached()).map((f) => f.url()).sort();
    const before = urls();
    // Hover everything that would carry a handler if it were markup.
    for (const t of ['<b onmouseover', '<img src=x onerror=window.__pwned=19>']) await frame.locator('ul.sections li', { hasText: t }).hover();
    await frame.locator('p.evidence', { hasText: 'javascript:' }).first().hover();
    await frame.locator('dl.header dd', { hasText: 'onerror' }).first().hover();
    // Click the javascript: text: the outcome title and the action row are reveal buttons, so a
    // click moves the cursor to them and nothing else happens.
    const hostileDoc = readMinutes(path.join(workspace, HOSTILE_CHILD, hostileFile));
    const o2Line = hostileDoc.outcomes.get('O2').line;
    await frame.locator('h3.outcome-title', { hasText: 'javascript:' }).click();
    await until(`the cursor on O2's heading (Ln ${o2Line})`, async () => (await cursor())?.line === o2Line);
    const a1Line = hostileDoc.lines.findIndex((l) => l.startsWith('| A1 |')) + 1;
    await frame.locator('li.action .action-wording', { hasText: 'javascript:' }).click();
    await until(`the cursor on A1's row (Ln ${a1Line})`, async () => (await cursor())?.line === a1Line);
    await frame.locator('p.evidence', { hasText: 'javascript:' }).first().click();
    await nextPaint();
    // The panel frame is the same document, still showing the minutes.
    assert(await frame.evaluate(() => !!document.querySelector('#root dl.header')), 'the panel document changed');
    assertEqual(urls(), before, 'frame URLs');
    assertEqual(navigations, [], 'navigations');
    return `clicks revealed Ln ${o2Line} and Ln ${a1Line}; ${before.length} frames unchanged`;
  }, { needs: [HOSTILE_OPEN] });

  await check('hostile: window.__pwned undefined in every frame, no dialogs', async () => {
    const frames = page.frames().filter((f) => !f.isDetached());
    const values = await Promise.all(frames.map((f) => f.evaluate(() => typeof window.__pwned).catch((e) => `error: ${e.message}`)));
    const bad = values.map((v, i) => [frames[i].url().slice(0, 100), v]).filter(([, v]) => v !== 'undefined');
    assertEqual(bad, [], 'frames where __pwned is set (or unreadable)');
    assertEqual(dialogs, [], 'dialogs');
    assertEqual(cspViolations, [], 'CSP violations reported in the console');
    return `${frames.length} frames checked`;
  }, { needs: [HOSTILE_OPEN] });
}

let code = 1;
try {
  await main();
} catch (err) {
  console.error(err.stack ?? err);
  results.push({ name: 'runner', ok: false });
} finally {
  await cleanup();
}
const passed = results.filter((r) => r.ok).length;
const skipped = results.filter((r) => r.skipped).length;
const failed = results.length - passed - skipped;
if (failed + skipped > 0 && workbenchErrors.length) {
  console.log(`\nbrowser errors (last 15; E2E_VERBOSE=1 shows the whole console):\n${workbenchErrors.slice(-15).join('\n')}`);
}
code = failed + skipped === 0 && passed > 0 ? 0 : 1;
console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} in ${secs()}`);
process.exit(code);
