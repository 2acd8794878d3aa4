/**
 * One real VS Code workbench for a spec file: a temporary workspace holding samples/ and the hostile
 * fixture, the built extension installed into a temporary extensions folder by copying what the
 * .vsix holds, code-server started on it (scripts/code-server.mjs, shared with the host runner and
 * `npm start`), and a page of the Chromium that Playwright launched, with everything the page
 * reports (dialogs, navigations, CSP violations, errors) recorded for the tests to assert on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { type CodeServer, installExtensionCopy, startCodeServer, workbenchUrl } from '../../../scripts/code-server.mjs';
import { KEEP, VERBOSE, VIEWPORT, WAIT_MS } from './env';
import { HOSTILE, SAMPLES } from './samples';

export const SERIES = 'child-h-b';
export const HOSTILE_CHILD = 'child-x';
// The setting's value, and the label the theme picker shows for it.
export const LIGHT = { id: 'Default Light Modern', label: 'Light Modern', dark: false };
export const DARK = { id: 'Default Dark Modern', label: 'Dark Modern', dark: true };
export type Theme = typeof LIGHT;

const SETTINGS = {
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'workbench.colorTheme': LIGHT.id,
  'git.openRepositoryInParentFolders': 'never', 'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true, 'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false, 'workbench.editor.enablePreview': false, 'editor.cursorBlinking': 'solid',
};

export interface PageEvents {
  dialogs: string[];
  /** javascript: navigations of any frame, and pages opened beside the workbench. */
  navigations: string[];
  /** Console lines saying the Content Security Policy stopped something. */
  cspViolations: string[];
  /** Page errors and console errors (offline noise left out), shown when a test fails. */
  errors: string[];
}

export interface Workbench {
  page: Page;
  url: string;
  workspace: string;
  events: PageEvents;
  close(): Promise<void>;
}

const OFFLINE_NOISE = /open-vsx\.org|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED/;

function recordEvents(context: BrowserContext, page: Page): PageEvents {
  const events: PageEvents = { dialogs: [], navigations: [], cspViolations: [], errors: [] };
  context.on('page', (p) => events.navigations.push(`new page: ${p.url()}`)); // e.g. a link opened in a new tab
  page.on('dialog', (d) => { events.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  page.on('framenavigated', (f) => { if (/^javascript:/i.test(f.url())) events.navigations.push(`frame navigated to ${f.url()}`); });
  page.on('pageerror', (err) => events.errors.push(`page error: ${err.message}`));
  // Console output of the page and all its frames, webviews included. A CSP violation there means
  // something tried to run or load that the panel never should (the CSP stopped it, but the markup
  // got into the DOM); kept apart and checked by the hostile tests.
  page.on('console', (m) => {
    const text = m.text();
    if (/Content Security Policy|Refused to (execute|load|apply|run)/i.test(text)) {
      events.cspViolations.push(`${m.location()?.url?.slice(0, 80) ?? ''}: ${text}`);
    }
    if (VERBOSE) console.log(`[console ${m.type()}] ${text}`);
    else if (m.type() === 'error' && !OFFLINE_NOISE.test(text)) events.errors.push(`[console] ${text}`);
  });
  return events;
}

/** Starts code-server on a fresh workspace and opens a page (not yet the workbench: see loadWorkbench). */
export async function openWorkbench(browser: Browser): Promise<Workbench> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cgm-e2e-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(SAMPLES, workspace, { recursive: true });
  fs.cpSync(path.join(HOSTILE, HOSTILE_CHILD), path.join(workspace, HOSTILE_CHILD), { recursive: true });
  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close().catch((e: Error) => console.error('closing the browser context:', e.message));
    await server?.stop({ keepTemp: KEEP }).catch((e: Error) => console.error('stopping code-server:', e.message));
    if (KEEP) console.log(`kept: workspace ${workspace}; code-server logs ${server?.tmpDir}`);
    else fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const extensionsDir = path.join(tmp, 'extensions');
    installExtensionCopy(extensionsDir);
    server = await startCodeServer({ folder: workspace, extensionsDir, settings: SETTINGS, echo: VERBOSE });
    context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS); // every locator action and wait, in the page and its frames
    const events = recordEvents(context, page);
    // No payload: the extension is installed, as a user would have it.
    return { page, url: workbenchUrl(server.url, workspace), workspace, events, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Opens the workbench; resolves once the Explorer lists the sample folders. */
export async function loadWorkbench(wb: Workbench): Promise<void> {
  await wb.page.goto(wb.url, { waitUntil: 'domcontentloaded' });
  await wb.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${SERIES}"]`).waitFor();
}

/** After a failed test: a screenshot of the workbench and its recent errors, into the test's results folder. */
export async function recordFailure(wb: Workbench | undefined, testInfo: TestInfo): Promise<void> {
  if (!wb || testInfo.status === testInfo.expectedStatus) return;
  const shot = await wb.page.screenshot().catch(() => undefined);
  if (shot) await testInfo.attach('workbench', { body: shot, contentType: 'image/png' });
  if (wb.events.errors.length) {
    await testInfo.attach('browser errors (last 15; E2E_VERBOSE=1 shows the whole console)', {
      body: wb.events.errors.slice(-15).join('\n'), contentType: 'text/plain',
    });
  }
}
