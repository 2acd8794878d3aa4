/**
 * The "Plan progress" panel in a real VS Code, driven as a user drives it: Quick Open H.B.'s latest
 * minutes, run "Core Group: Show plan progress", and check inside the webview's own frame the
 * outcomes, the Red/Amber/Green timeline of every meeting, an overdue and a drift badge, and that
 * Enter on an outcome title moves the editor's cursor. Saves the README's screenshots,
 * plan-progress-light.png and plan-progress-dark.png (.tmp/screenshots/; docs/images/ by `npm run screenshots`). Each step needs the one before,
 * so the tests run in order on one workbench, and a failure skips the rest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Frame, expect, test } from '@playwright/test';
import { ROOT } from '../../scripts/code-server.mjs';
import { SHOT_DIR } from './support/env';
import { expectedSeries } from './support/samples';
import { cursor, expectCursorLine, nextPaint, panelFrame, quickOpen, runCommand, setTheme, widenSideBar } from './support/ui';
import { DARK, LIGHT, SERIES, type Workbench, loadWorkbench, openWorkbench, recordFailure } from './support/workbench';

const SIDEBAR_WIDTH = 640; // the Plan progress view lives in the side bar: wide enough to read

test.describe.configure({ mode: 'serial' });

const expected = expectedSeries(SERIES);
const S = expected.latest.name;
let wb: Workbench;
let frame: Frame;

test.beforeAll(async ({ browser }) => { wb = await openWorkbench(browser); });
test.afterEach(async ({}, testInfo) => recordFailure(wb, testInfo));
test.afterAll(async () => wb?.close());

test('workbench loads', async () => {
  await loadWorkbench(wb);
});

test(`Quick Open ${SERIES}/${S}`, async () => {
  await quickOpen(wb.page, S, SERIES);
});

test('"Core Group: Show plan progress" shows the panel', async () => {
  await runCommand(wb.page, 'Core Group: Show plan progress');
  frame = await panelFrame(wb.page, 'the Plan progress webview to draw the minutes', "return !!root.querySelector('dl.header');");
  await widenSideBar(wb.page, SIDEBAR_WIDTH);
});

test('outcome titles and header', async () => {
  const titles = frame.locator('article.outcome h3.outcome-title');
  await titles.first().waitFor({ state: 'visible' });
  expect(await titles.allTextContents(), 'outcome titles').toEqual(expected.titles);
  for (let i = 0; i < expected.titles.length; i++) await expect(titles.nth(i)).toBeVisible();
  const header = await frame.locator('dl.header dd').allTextContents();
  expect(header[0], 'header child').toBe('H.B.');
  expect(header[1].startsWith(`Meeting ${expected.latest.meeting},`), `header meeting: ${header[1]}`).toBe(true);
});

test('timeline: Red/Amber/Green per meeting', async () => {
  const heads = await frame.locator('article.outcome').first().locator('table.timeline th').allInnerTexts();
  expect(heads.map((h) => h.split('\n')[0].trim()), 'timeline columns').toEqual(expected.minutes.map((m) => `Meeting ${m.meeting}`));
  for (const title of expected.titles) {
    const id = title.split(' ')[0];
    const article = frame.locator('article.outcome', { has: frame.locator('h3', { hasText: title }) });
    const rags = article.locator('table.timeline td span.rag');
    const labels = await rags.allTextContents();
    expect(labels, `${id} ratings`).toEqual(expected.ratings[id]);
    for (let i = 0; i < labels.length; i++) {
      await expect(rags.nth(i)).toBeVisible();
      const cls = (await rags.nth(i).getAttribute('class')) ?? '';
      expect(cls.split(/\s+/), `${id} meeting ${i + 1}: class "${cls}" does not match "${labels[i]}"`).toContain(`rag-${labels[i].toLowerCase()}`);
    }
  }
});

test('overdue and drift badges', async () => {
  // From the samples: A7 was due 13 November 2026 and is in progress; A4 is carried past its due
  // date at meetings 2 and 3 (samples/README.md says so too).
  const row = (id: string) => frame.locator('li.action', { has: frame.locator('.action-id', { hasText: new RegExp(`^${id}$`) }) }).first();
  const overdue = row('A7').locator('.badge.overdue');
  await expect(overdue).toBeVisible();
  const drift = row('A4').locator('.badge.drift');
  await expect(drift).toBeVisible();
  const overdueText = ((await overdue.textContent()) ?? '').trim();
  const driftText = ((await drift.textContent()) ?? '').trim();
  expect(overdueText, "A7's overdue badge").toMatch(/overdue/i);
  expect(driftText, "A4's drift badge").toMatch(/drift/i);
  expect(driftText, "A4's drift badge").toMatch(/\b2\b/);
  // Only open, late actions: A8 (done) has no badge.
  expect(await row('A8').locator('.badge').count(), 'badges on A8 (done)').toBe(0);
});

test('keyboard: Tab order, Enter on an outcome title moves the cursor', async () => {
  const { page } = wb;
  // Tab from the first outcome's title reaches its first action (both are buttons).
  await frame.locator('h3.outcome-title').first().focus();
  await page.keyboard.press('Tab');
  const next = await frame.evaluate(() => {
    const a = document.activeElement;
    return `${a?.tagName.toLowerCase()}.${a?.className} role=${a?.getAttribute('role')} ${a?.querySelector('.action-id')?.textContent ?? ''}`;
  });
  expect(next, 'where Tab from the first outcome title went').toMatch(/^li\.action\b.*role=button A\d+$/);
  const last = expected.titles[expected.titles.length - 1];
  const id = last.split(' ')[0];
  const line = expected.latest.outcomes.get(id)!.line;
  await expect.poll(() => cursor(page), { message: 'the status bar cursor position' }).toBeDefined();
  const before = (await cursor(page))!;
  expect(before.line, `the cursor is already on line ${line}`).not.toBe(line);
  const title = frame.locator('h3.outcome-title', { hasText: last });
  await expect(title, `${id} title tabindex`).toHaveAttribute('tabindex', '0');
  await expect(title, `${id} title role`).toHaveAttribute('role', 'button');
  await title.focus();
  expect(await title.evaluate((e) => document.activeElement === e), `${id} title took the focus`).toBe(true);
  await page.keyboard.press('Enter');
  await expectCursorLine(page, line, `the status bar to show Ln ${line} (${id} heading in ${S})`);
});

for (const [theme, file] of [[LIGHT, 'plan-progress-light.png'], [DARK, 'plan-progress-dark.png']] as const) {
  test(`screenshot ${file}`, async () => {
    frame = await setTheme(wb.page, theme);
    const themed = await frame.evaluate(() => `${document.body.dataset.vscodeThemeId} / ${document.body.dataset.vscodeThemeName}`);
    expect(themed.startsWith(`${theme.id} /`), `webview theme: ${themed}`).toBe(true);
    await frame.locator('h2#h-outcomes').scrollIntoViewIfNeeded();
    await nextPaint(wb.page);
    fs.mkdirSync(SHOT_DIR, { recursive: true });
    const out = path.join(SHOT_DIR, file);
    await wb.page.screenshot({ path: out });
    expect(fs.statSync(out).size, `${path.relative(ROOT, out)} written`).toBeGreaterThan(0);
  });
}
