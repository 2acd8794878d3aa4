/**
 * Settings of an end-to-end run, from the environment:
 *   E2E_TIMEOUT_MS=<ms>   deadline of each single wait (default 60000)
 *   E2E_SCREENSHOT_DIR    where the README's screenshots go (default .tmp/screenshots/, ignored;
 *                         `npm run screenshots` writes them into docs/images/)
 *   E2E_VERBOSE=1         print the browser console and code-server's output
 *   E2E_KEEP=1            keep the temporary workspaces and code-server logs
 */
import path from 'node:path';
import { ROOT } from '../../../scripts/code-server.mjs';

export const WAIT_MS = Number(process.env.E2E_TIMEOUT_MS) || 60_000;
export const VERBOSE = !!process.env.E2E_VERBOSE;
export const KEEP = !!process.env.E2E_KEEP;
export const SHOT_DIR = path.resolve(ROOT, process.env.E2E_SCREENSHOT_DIR || path.join('.tmp', 'screenshots'));
/** Failure screenshots, logs and Playwright's own output: under .tmp/, which git ignores. */
export const RESULTS_DIR = path.join(ROOT, '.tmp', 'e2e-results');
/** HOME and XDG folders for Chromium, so it writes nothing under the real home. */
export const CHROMIUM_HOME = path.join(ROOT, '.tmp', 'e2e-chromium-home');
/** Tall enough for O1's overdue and O3's drift badges. */
export const VIEWPORT = { width: 1400, height: 1000 };
