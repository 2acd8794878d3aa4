/**
 * The built-in Markdown preview in a real VS Code, with the extension installed as a user has it:
 * "Markdown: Open Preview to the Side" on H.B.'s latest minutes renders, inside the preview's own
 * frame, the meeting-details table (checked against the front matter read here with the yaml
 * library, not through the core), ratings as labelled badges, the distribution lines on their own
 * lines and no prompt comment; the hostile minutes' markup stays text and nothing runs. Saves the
 * README's preview.png (.tmp/screenshots/; docs/images/ by `npm run screenshots`). One workbench, tests in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Frame, expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { SHOT_DIR } from './support/env';
import { HOSTILE, SAMPLES } from './support/samples';
import { frameWhere, nextPaint, quickOpen, runCommand } from './support/ui';
import { HOSTILE_CHILD, SERIES, type Workbench, loadWorkbench, openWorkbench, recordFailure } from './support/workbench';

test.describe.configure({ mode: 'serial' });

const LATEST = '2026-11-18-core-group.md';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const long = (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const frontOf = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))![1]) as Record<string, unknown>;

let wb: Workbench;

test.beforeAll(async ({ browser }) => {
  wb = await openWorkbench(browser);
  await loadWorkbench(wb);
});
test.afterEach(async ({}, testInfo) => recordFailure(wb, testInfo));
test.afterAll(async () => wb?.close());

/** The preview's content frame: the one whose document holds the meeting-details table with `text`. */
const previewFrame = (text: string): Promise<Frame> => frameWhere(wb.page,
  (t: string) => Array.from(document.querySelectorAll('table.core-group-meeting-details')).some((e) => (e.textContent ?? '').includes(t)),
  text, `a preview frame with a meeting-details table holding "${text}"`);

const rowsOf = (f: Frame) => f.evaluate(() => Array.from(document.querySelectorAll('table.core-group-meeting-details tr'))
  .map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']));

test('the preview of minutes shows the meeting details as a table, in words and long dates', async () => {
  await quickOpen(wb.page, LATEST, SERIES);
  await runCommand(wb.page, 'Markdown: Open Preview to the Side');
  const front = frontOf(path.join(SAMPLES, SERIES, LATEST));
  const frame = await previewFrame(long(iso(front.date)));
  const rows = Object.fromEntries(await rowsOf(frame));
  expect(rows['Child']).toBe(front.child);
  expect(rows['Date of the meeting']).toBe(long(iso(front.date)));
  expect(rows['Core group meeting']).toBe(String(front.meeting));
  expect(rows['Initial child protection conference']).toBe(long(iso(front.icpc)));
  expect(rows['Chair']).toBe(`${front.chair} (${front['chair-role']})`);
  expect(rows['Team']).toBe(front.team);
  // The raw front matter is not shown as text.
  expect(await frame.evaluate(() => document.body.innerText.includes('type: core-group-minutes'))).toBe(false);

  // Each "Progress:" rating as a badge that carries its word; the lines of distribution apart.
  const text = fs.readFileSync(path.join(SAMPLES, SERIES, LATEST), 'utf8');
  const ratings = [...text.matchAll(/^Progress: (Red|Amber|Green)$/gm)].map((m) => m[1]);
  const badges = await frame.evaluate(() => Array.from(document.querySelectorAll('.core-group-rating')).map((b) => [b.textContent, b.getAttribute('title'), getComputedStyle(b).backgroundColor]));
  expect(badges.map((b) => b[0])).toEqual(ratings);
  expect(badges.every((b) => b[1] === `Rating: ${b[0]}`)).toBe(true);
  expect(badges.every((b) => b[2] !== 'rgba(0, 0, 0, 0)'), 'the preview styles are loaded (badges are coloured as well as worded)').toBe(true);
  const shared = await frame.evaluate(() => Array.from(document.querySelectorAll('p')).find((p) => (p.textContent ?? '').startsWith('Shared with:'))?.innerHTML ?? '');
  expect(shared.match(/<br>/g)?.length, 'three distribution lines, two line breaks').toBe(2);
  const comments = await frame.evaluate(() => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
    const out: string[] = [];
    while (w.nextNode()) out.push(w.currentNode.textContent ?? '');
    return out.filter((c) => /Record|prompt/i.test(c));
  });
  expect(comments).toEqual([]);

  await nextPaint(wb.page);
  fs.mkdirSync(SHOT_DIR, { recursive: true });
  await wb.page.screenshot({ path: path.join(SHOT_DIR, 'preview.png') });
  // The status bar speaks of the open minutes (H.B.'s latest have no findings), though the preview has the focus.
  await expect(wb.page.locator('.statusbar-item', { hasText: 'Minutes: no findings' })).toBeVisible();
  // The ratings and the distribution lines, for the README.
  await frame.evaluate(() => Array.from(document.querySelectorAll('h2')).find((h) => h.textContent === 'Progress against the plan')?.scrollIntoView());
  await nextPaint(wb.page);
  await wb.page.screenshot({ path: path.join(SHOT_DIR, 'preview-ratings.png') });
});

test('hostile minutes: the front matter\'s markup is text in the table, and nothing runs', async () => {
  const file = fs.readdirSync(path.join(HOSTILE, HOSTILE_CHILD)).find((f) => f.endsWith('-core-group.md'))!;
  await quickOpen(wb.page, file, HOSTILE_CHILD);
  await runCommand(wb.page, 'Markdown: Open Preview to the Side');
  const front = frontOf(path.join(HOSTILE, HOSTILE_CHILD, file));
  const frame = await previewFrame('4 November 2026');
  const rows = Object.fromEntries(await rowsOf(frame));
  expect(rows['Child']).toBe(front.child);
  expect(rows['Chair']).toBe(`${front.chair} (${front['chair-role']})`);
  expect(rows['Area']).toBe(front.area);
  const dom = await frame.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    inTable: Array.from(document.querySelectorAll('table.core-group-meeting-details *')).map((e) => e.tagName.toLowerCase()).filter((t) => !['caption', 'tbody', 'tr', 'th', 'td'].includes(t)),
    handlers: Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
  }));
  expect(dom.pwned, 'no script from the minutes ran').toBeUndefined();
  expect(dom.inTable, 'elements inside the meeting-details table').toEqual([]);
  expect(dom.handlers, 'event handler attributes in the preview').toEqual([]);
  expect(wb.events.dialogs).toEqual([]);
});
