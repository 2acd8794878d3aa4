/**
 * The audit's HTML report and the 7-minute briefing in headless Chromium (Debian's, as the rest of
 * the suite): written by the built command line from a generated twelve-month corpus with a seeded
 * improvement (a quarter compared with an earlier one, and a quarterly trend). No script runs in
 * either (none is there to run, no element carries a handler, no link is javascript:); the
 * briefing prints to exactly one A4 page; the README's screenshots are saved
 * (audit-report.png, briefing.png, in .tmp/screenshots/, or docs/images/ by `npm run screenshots`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROOT } from '../../scripts/code-server.mjs';
import { KEEP, SHOT_DIR } from './support/env';

test.describe.configure({ mode: 'serial' });

let work = '';
const cli = (...args: string[]) => execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'audit', ...args], { cwd: work, stdio: 'pipe' });

test.beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'core-group-audit-e2e-'));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'corpus.mjs'), '--children', '120', '--meetings', '4', '--seed', '3', '--months', '12', '--improving', '--out', path.join(work, 'minutes')], { stdio: 'pipe' });
  cli('minutes', '--quarter', '2026-Q1', '--out', 'q1.json');
  cli('minutes', '--quarter', '2026-Q4', '--compare', 'q1.json', '--trend', 'month', '--out', 'report.html');
  cli('minutes', '--quarter', '2026-Q4', '--compare', 'q1.json', '--briefing', '--out', 'briefing.html');
});
test.afterAll(() => {
  if (!KEEP) fs.rmSync(work, { recursive: true, force: true });
});

/** Nothing in the page can run: no script element, no inline handler, no javascript: URL. */
async function expectNoScript(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    scripts: document.querySelectorAll('script').length,
    handlers: Array.from(document.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name))).length,
    jsLinks: Array.from(document.querySelectorAll('[href],[src]')).filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? '')).length,
  }));
  expect(found).toEqual({ scripts: 0, handlers: 0, jsLinks: 0 });
}

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('the HTML report: the comparison, the trend charts, no script', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('file://' + path.join(work, 'report.html'));
  await expectNoScript(page);
  await expect(page.getByRole('heading', { name: 'Then and now' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Month by month' })).toBeVisible();
  // A chart per measure, each with its figures read out.
  expect(await page.locator('svg.chart').count()).toBeGreaterThan(10);
  await expect(page.locator('td.better').first()).toBeVisible();
  expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  fs.mkdirSync(SHOT_DIR, { recursive: true });
  await page.locator('h2', { hasText: 'Then and now' }).evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SHOT_DIR, 'audit-report.png'), fullPage: false });
});

test('the briefing: seven parts, no script, one A4 page in print', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.goto('file://' + path.join(work, 'briefing.html'));
  await expectNoScript(page);
  expect(await page.locator('section h2').allTextContents()).toEqual(
    ['Why it matters', 'What we found', 'What good looks like', 'What to do differently', 'Questions to consider', 'The figures', 'Where to find more'].map((t, i) => `${i + 1}${t}`),
  );
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPages(pdf)).toBe(1);
  await page.emulateMedia({ media: 'screen' });
  await page.screenshot({ path: path.join(SHOT_DIR, 'briefing.png'), fullPage: true });
});
