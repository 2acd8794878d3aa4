/**
 * Hostile minutes in the Plan progress panel (test/fixtures/hostile/: markup and javascript: links
 * in the front matter, headings, outcome titles and table cells): all of it shows as text, nothing
 * runs, loads or navigates, and the webview keeps its Content Security Policy. The panel is first
 * opened on H.B.'s minutes, so it must follow the editor to the hostile file. One workbench, tests
 * in order; a failure skips the rest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Frame, expect, test } from '@playwright/test';
import { HOSTILE, expectedSeries, readMinutes } from './support/samples';
import { expectCursorLine, nextPaint, panelFrame, quickOpen, runCommand } from './support/ui';
import { HOSTILE_CHILD, SERIES, type Workbench, loadWorkbench, openWorkbench, recordFailure } from './support/workbench';

test.describe.configure({ mode: 'serial' });

const hostileFile = fs.readdirSync(path.join(HOSTILE, HOSTILE_CHILD)).find((f) => f.endsWith('-core-group.md'))!;
let wb: Workbench;
let frame: Frame;

test.beforeAll(async ({ browser }) => {
  wb = await openWorkbench(browser);
  await loadWorkbench(wb);
  await quickOpen(wb.page, expectedSeries(SERIES).latest.name, SERIES);
  await runCommand(wb.page, 'Core Group: Show plan progress');
  await panelFrame(wb.page, 'the Plan progress webview to draw the minutes', "return !!root.querySelector('dl.header');");
});
test.afterEach(async ({}, testInfo) => recordFailure(wb, testInfo));
test.afterAll(async () => wb?.close());

const text = async (sel: string) => (await frame.locator(sel).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

test(`Quick Open ${HOSTILE_CHILD}/${hostileFile}`, async () => {
  await quickOpen(wb.page, hostileFile, HOSTILE_CHILD);
  // The panel follows the active editor. Waits on a harmless field (the fixture's date), so a panel
  // that turned the markup into elements fails the tests below, not this wait.
  frame = await panelFrame(wb.page, 'the panel to draw the hostile minutes',
    "return [...root.querySelectorAll('dl.header dd')].some((d) => d.textContent.includes('Meeting 1, 4 November 2026'));");
});

test('hostile: markup and javascript: links shown as text', async () => {
  const header = await text('dl.header dd');
  expect(header[0], 'child in the header').toBe('<img src=x onerror=window.__pwned=1>');
  expect(header[2], 'chair in the header').toMatch(/^<script>window\.__pwned=5<\/script>Pat Example/);
  expect(await text('h3.outcome-title'), 'outcome titles')
    .toEqual(['O1 <script>window.__pwned=2</script> safe at home', 'O2 <a href="javascript:window.__pwned=13">X</a> attends school']);
  const actions = await text('li.action');
  expect(actions.some((a) => a.includes('<a href="javascript:window.__pwned=18">here</a>') && a.includes('<img src=x onerror=window.__pwned=4>')),
    `A1 (javascript: link and <img> owner) shown as text: ${JSON.stringify(actions)}`).toBe(true);
  expect(actions.some((a) => a.includes('Visit <script>window.__pwned=16</script> weekly')), 'A2 <script> wording shown as text').toBe(true);
  const evidence = await text('p.evidence');
  expect(evidence[0], 'O1 evidence').toContain('<img src=x onerror=window.__pwned=11> and [a link](javascript:window.__pwned=12)');
  const sections = await text('ul.sections li');
  expect(sections.some((s) => s.includes('<b onmouseover=window.__pwned=15>Contingency</b> plan')), 'section title with <b onmouseover> shown as text').toBe(true);
  expect(sections.some((s) => s.includes('<img src=x onerror=window.__pwned=19> notes')), 'section title with <img onerror> shown as text').toBe(true);
  // They are visible on screen, not hidden away.
  await expect(frame.locator('h3.outcome-title', { hasText: '<script>' })).toBeVisible();
});

test('hostile: no elements from the content; CSP default-src \'none\' with a nonce', async () => {
  const dom = await frame.evaluate(() => {
    const scripts = Array.from(document.scripts).map((s) => ({ id: s.id, src: s.getAttribute('src') ?? '', nonce: s.nonce ?? '',
      vscodeApi: !s.src && (s.textContent ?? '').includes('acquireVsCodeApi') }));
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const root = document.getElementById('root')!;
    const foreign = Array.from(root.querySelectorAll('script, img, svg, iframe, object, embed, a, b, form, link, style, meta, base')).map((e) => e.outerHTML.slice(0, 80));
    // Event handlers, and URLs in attributes that load or navigate (text in aria-label is fine).
    // (Array.from: the tsconfig's DOM lib has no iterable collections.)
    const urlAttr = /^(href|src|srcdoc|action|formaction|xlink:href|data|poster|background)$/i;
    const handlers = Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes)
      .filter((a) => /^on/i.test(a.name) || (urlAttr.test(a.name) && /^\s*(javascript|data):/i.test(a.value)))
      .map((a) => `${e.tagName} ${a.name}=${a.value}`));
    return { scripts, meta, foreign, handlers, imgs: document.images.length, links: document.links.length, iframes: document.querySelectorAll('iframe').length };
  });
  expect(dom.foreign, 'elements under #root that the panel never makes').toEqual([]);
  expect(dom.handlers, 'event handler or javascript: attributes in the webview DOM').toEqual([]);
  expect([dom.imgs, dom.links, dom.iframes], 'images, links, iframes in the webview document').toEqual([0, 0, 0]);
  // VS Code adds one inline script of its own (acquireVsCodeApi, id _vscodeApiScript); the
  // extension has exactly one, panel.js, with the nonce the CSP names.
  const ours = dom.scripts.filter((s) => !(s.id === '_vscodeApiScript' && s.vscodeApi));
  expect(ours.length === 1 && /\/dist\/webview\/panel\.js/.test(ours[0].src), `scripts in the webview: ${JSON.stringify(dom.scripts)}`).toBe(true);
  expect(dom.scripts.length, `more scripts than VS Code's and the panel's: ${JSON.stringify(dom.scripts)}`).toBeLessThanOrEqual(2);
  expect(dom.meta, "CSP starts with default-src 'none'").toMatch(/^default-src 'none';/);
  const nonce = /script-src 'nonce-([^']+)'/.exec(dom.meta)?.[1] ?? '';
  expect(nonce.length, `CSP script nonce: ${dom.meta}`).toBeGreaterThanOrEqual(16);
  expect(dom.meta, 'CSP allows no unsafe sources').not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(ours[0].nonce, 'panel.js nonce').toBe(nonce);
  expect(wb.events.cspViolations, 'CSP violations reported in the console').toEqual([]);
});

test('hostile: hover and click run nothing and navigate nowhere', async () => {
  const { page } = wb;
  const urls = () => page.frames().filter((f) => !f.isDetached()).map((f) => f.url()).sort();
  const before = urls();
  // Hover everything that would carry a handler if it were markup.
  for (const t of ['<b onmouseover', '<img src=x onerror=window.__pwned=19>']) await frame.locator('ul.sections li', { hasText: t }).hover();
  await frame.locator('p.evidence', { hasText: 'javascript:' }).first().hover();
  await frame.locator('dl.header dd', { hasText: 'onerror' }).first().hover();
  // Click the javascript: text: the outcome title and the action row are reveal buttons, so a click
  // moves the cursor to them and nothing else happens.
  const hostileDoc = readMinutes(path.join(wb.workspace, HOSTILE_CHILD, hostileFile));
  const o2Line = hostileDoc.outcomes.get('O2')!.line;
  await frame.locator('h3.outcome-title', { hasText: 'javascript:' }).click();
  await expectCursorLine(page, o2Line, `the cursor on O2's heading (Ln ${o2Line})`);
  const a1Line = hostileDoc.lines.findIndex((l) => l.startsWith('| A1 |')) + 1;
  expect(a1Line, "A1's row in the hostile minutes").toBeGreaterThan(0);
  await frame.locator('li.action .action-wording', { hasText: 'javascript:' }).click();
  await expectCursorLine(page, a1Line, `the cursor on A1's row (Ln ${a1Line})`);
  await frame.locator('p.evidence', { hasText: 'javascript:' }).first().click();
  await nextPaint(page);
  // The panel frame is the same document, still showing the minutes.
  expect(await frame.evaluate(() => !!document.querySelector('#root dl.header')), 'the panel document still shows the minutes').toBe(true);
  expect(urls(), 'frame URLs').toEqual(before);
  expect(wb.events.navigations, 'navigations').toEqual([]);
});

test('hostile: window.__pwned undefined in every frame, no dialogs', async () => {
  const frames = wb.page.frames().filter((f) => !f.isDetached());
  const values = await Promise.all(frames.map((f) => f.evaluate(() => typeof (window as unknown as { __pwned?: unknown }).__pwned)
    .catch((e: Error) => `error: ${e.message}`)));
  const bad = values.map((v, i) => [frames[i].url().slice(0, 100), v]).filter(([, v]) => v !== 'undefined');
  expect(bad, 'frames where __pwned is set (or unreadable)').toEqual([]);
  expect(frames.length, 'frames checked').toBeGreaterThan(1);
  expect(wb.events.dialogs, 'dialogs').toEqual([]);
  expect(wb.events.cspViolations, 'CSP violations reported in the console').toEqual([]);
});
