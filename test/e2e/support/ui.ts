/**
 * Driving the workbench the way a user does: Quick Open, the command palette, the keyboard, the
 * side bar's sash, the theme picker. Waits are Playwright's own (auto-waiting locators, expect with
 * retries, expect.poll and toPass), bounded by E2E_TIMEOUT_MS; nothing sleeps for a fixed time.
 */
import { type Frame, type Page, expect } from '@playwright/test';
import { WAIT_MS } from './env';
import type { Theme } from './workbench';

const quickInput = (page: Page) => page.locator('.quick-input-widget');

/** Ctrl+P, the file name, Enter; resolves once the file's tab is active and Quick Open closed. */
export async function quickOpen(page: Page, fileName: string, folder: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = quickInput(page).locator('input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`${folder}/${fileName}`);
  // The first result must be the file in that folder (search is fuzzy; wait for the list).
  const row = quickInput(page).locator('.monaco-list-row.focused', { hasText: fileName });
  await expect(row, `"${folder}" in the focused Quick Open row`).toContainText(folder);
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label^="${fileName}"]`).waitFor();
  await quickInput(page).waitFor({ state: 'hidden' });
}

const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Moves the quick input's focus (arrow keys) to the entry labelled exactly `label`, then Enter.
 *  The list is fuzzy and ranked: e.g. "Browse Color Themes in Marketplace" comes before "Color Theme". */
async function chooseEntry(page: Page, label: string): Promise<void> {
  const exact = new RegExp(`^\\s*${escapeRe(label)}\\s*$`);
  await quickInput(page).locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: exact }) }).first()
    .waitFor({ state: 'visible' });
  for (let i = 0; i < 30; i++) {
    const focused = quickInput(page).locator('.monaco-list-row.focused .label-name').first();
    if (exact.test((await focused.textContent()) ?? '')) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not move the focus to "${label}" in the quick input`);
}

/** F1, the command's title, Enter: like a user, through the palette's list. `then` names the
 *  entry to choose, also with Enter, in the quick pick the command opens (e.g. a theme). */
export async function runCommand(page: Page, title: string, then?: string): Promise<void> {
  const input = quickInput(page).locator('input.input');
  const exact = new RegExp(`^\\s*${escapeRe(title)}\\s*$`);
  const entry = quickInput(page).locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: exact }) }).first();
  // The palette lists the commands known when it opens: in a workbench just started, an extension's
  // commands (even a built-in one's, such as Markdown's) can come a moment later. So it is opened
  // again until the command is listed, within the suite's wait.
  await expect(async () => {
    if (await input.isVisible()) await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await entry.waitFor({ state: 'visible', timeout: 5000 });
  }, `"${title}" listed in the command palette`).toPass({ timeout: WAIT_MS });
  await chooseEntry(page, title);
  if (then) {
    // The command's own quick pick replaces the palette in the same widget.
    await expect.poll(async () => (await input.isVisible()) ? input.inputValue() : '',
      { message: `the palette to close for "${title}"` }).toBe('');
    await input.fill(then);
    await chooseEntry(page, then);
  }
  await quickInput(page).waitFor({ state: 'hidden' });
}

/** The status bar's "Ln N, Col M" item, as { line, col }. */
export async function cursor(page: Page): Promise<{ line: number; col: number } | undefined> {
  const text = await page.locator('#status\\.editor\\.selection').first().textContent();
  const m = /Ln (\d+), Col (\d+)/.exec(text ?? '');
  return m ? { line: Number(m[1]), col: Number(m[2]) } : undefined;
}

/** Waits until the status bar shows the cursor on `line` (1-based). */
export async function expectCursorLine(page: Page, line: number, what: string): Promise<void> {
  await expect.poll(async () => (await cursor(page))?.line, { message: what }).toBe(line);
}

/**
 * The first frame in which `test` (run in the frame, with `arg`) holds, waited for within the
 * suite's wait: code-server nests each webview and preview in two iframes, and a frame's document
 * is drawn some time after the frame appears.
 */
export async function frameWhere(page: Page, test: string | ((arg: string) => boolean), arg: string, what: string): Promise<Frame> {
  let found: Frame | undefined;
  await expect(async () => {
    found = undefined;
    for (const f of page.frames()) {
      if (f.isDetached()) continue;
      // Playwright runs `test` in the frame; a frame being replaced rejects, and counts as not yet.
      const ok = await (typeof test === 'string' ? f.evaluate(test) : f.evaluate(test, arg)).catch(() => false);
      if (ok) { found = f; break; }
    }
    expect(found, what).toBeDefined();
  }).toPass({ timeout: WAIT_MS });
  return found!;
}

/**
 * The panel's content frame: the one whose document has #root and the extension's panel.js.
 * `ready`, the body of a function of `root` run in the frame, says when it has drawn what the
 * caller waits for.
 */
export function panelFrame(page: Page, what: string, ready = 'return true;'): Promise<Frame> {
  return frameWhere(page, `(() => {
        const root = document.getElementById('root');
        if (!root || !document.querySelector('script[src*="panel.js"]')) return false;
        return ((root) => { ${ready} })(root);
      })()`, '', what);
}

/** Widens the side bar (where the Plan progress view is) by dragging its sash. */
export async function widenSideBar(page: Page, width: number): Promise<void> {
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
  await expect.poll(async () => (await sidebar.boundingBox())?.width ?? 0,
    { message: `the side bar to be ${width} px wide`, timeout: 5_000 }).toBeGreaterThanOrEqual(width - 20);
}

/** Picks the colour theme through "Preferences: Color Theme" (unless it is on already), waits for
 *  the workbench and the webview to take it, and returns the panel's frame. */
export async function setTheme(page: Page, { id, label, dark }: Theme): Promise<Frame> {
  const workbench = page.locator('.monaco-workbench');
  const current = await workbench.evaluate((wb) => wb.classList.contains('vs-dark'));
  if (current !== dark) await runCommand(page, 'Preferences: Color Theme', label);
  await expect(workbench, `the workbench to switch to ${label}`).toHaveClass(new RegExp(`(^|\\s)${dark ? 'vs-dark' : 'vs'}(\\s|$)`));
  await expect(workbench).not.toHaveClass(new RegExp(`(^|\\s)${dark ? 'vs' : 'vs-dark'}(\\s|$)`));
  // The webview follows: VS Code marks its body with the theme's kind and id.
  return panelFrame(page, `the webview to take the ${label} colours`, `
    const b = document.body;
    return b.classList.contains('${dark ? 'vscode-dark' : 'vscode-light'}') && b.dataset.vscodeThemeId === ${JSON.stringify(id)};`);
}

/** Two animation frames: the workbench has painted what the test just did. */
export async function nextPaint(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}
