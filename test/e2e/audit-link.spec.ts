/**
 * The audit report in a real VS Code, driven as a user drives it: "Core Group: Audit workspace" for
 * every date, then a click on a child's latest minutes in the report's own frame. The minutes open
 * in an editor, and nothing else does: the click never reaches the window, where VS Code's webview
 * frame would open the link's address itself (in code-server a 404 page beside the workbench, the
 * "Not found" tab of the trial); no second tab, no page beside the workbench, no dialog.
 * One workbench, tests in order.
 */
import { type Frame, expect, test } from '@playwright/test';
import { frameWhere, nextPaint, quickOpen, runCommand } from './support/ui';
import { SERIES, type Workbench, loadWorkbench, openWorkbench, recordFailure } from './support/workbench';

test.describe.configure({ mode: 'serial' });

const LATEST = '2026-11-18-core-group.md';
const LINK = `${SERIES}/${LATEST}`;

let wb: Workbench;
let report: Frame;

test.beforeAll(async ({ browser }) => {
  wb = await openWorkbench(browser);
  await loadWorkbench(wb);
});
test.afterEach(async ({}, testInfo) => recordFailure(wb, testInfo));
test.afterAll(async () => wb?.close());

/** The report's content frame: the one whose document has the report's toolbar and a link to `text`. */
const reportFrame = (text: string): Promise<Frame> => frameWhere(wb.page,
  (t: string) => !!document.getElementById('cg-toolbar') && Array.from(document.querySelectorAll('a[href]')).some((a) => a.textContent === t),
  text, `the audit report's frame with a link to ${text}`);

/** The labels of every editor tab, in every group. */
const tabs = () => wb.page.locator('.tabs-container .tab').evaluateAll((ts) => ts.map((t) => t.getAttribute('aria-label') ?? ''));

test('"Core Group: Audit workspace" for every date shows the report, with a link to each child\'s latest minutes', async () => {
  // Another child's minutes first, so the extension is running (its status bar item is up) when the palette opens.
  await quickOpen(wb.page, '2026-11-05-core-group.md', 'child-r-a');
  await expect(wb.page.locator('.statusbar-item', { hasText: /Minutes: no findings|Quality \d|Plan \d|Partnership \d/ }).first()).toBeVisible();
  await runCommand(wb.page, 'Core Group: Audit workspace', 'Every date');
  report = await reportFrame(LINK);
  await expect(report.locator('a', { hasText: LINK })).toHaveAttribute('href', LINK);
});

test("a click on the child's latest minutes opens them, and nothing else", async () => {
  const before = await tabs();
  expect(before.some((t) => t.startsWith(LATEST)), 'the minutes are not open yet').toBe(false);
  // VS Code's webview frame listens for link clicks on the window, and opens the link's address resolved
  // against the frame's own (a 404 page beside the workbench, or a "Not found" tab): the click must stop
  // before it gets there. A listener of ours on the same window says whether it got there.
  await report.evaluate(() => window.addEventListener('click', () => { (window as unknown as { cgClickReachedWindow: boolean }).cgClickReachedWindow = true; }));
  await report.locator('a', { hasText: LINK }).click();
  expect(await report.evaluate(() => (window as unknown as { cgClickReachedWindow?: boolean }).cgClickReachedWindow ?? false), 'the click reached the window').toBe(false);
  await wb.page.locator(`.tabs-container .tab.active[aria-label^="${LATEST}"]`).waitFor();
  await nextPaint(wb.page);
  const after = await tabs();
  const added = after.filter((t) => !before.includes(t));
  expect(added.length, `new tabs: ${JSON.stringify(added)}`).toBe(1);
  expect(added[0].startsWith(LATEST)).toBe(true);
  expect(after.filter((t) => /not found/i.test(t))).toEqual([]);
  // The editor holds the minutes themselves: their front matter is on screen.
  await expect(wb.page.locator('.editor-group-container.active .view-lines')).toContainText('type: core-group-minutes');
  expect(wb.events.navigations, 'no page opened beside the workbench').toEqual([]);
  expect(wb.events.dialogs).toEqual([]);
});
