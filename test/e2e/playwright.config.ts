/**
 * The end-to-end suite: the Plan progress panel in a real VS Code workbench (code-server 4.100.3),
 * driven through Playwright Test with Debian's Chromium (no browser download: never run
 * `playwright install`). Run it with `npm run test:e2e` after `npm run build`.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/code-server.mjs';
import { CHROMIUM_HOME, RESULTS_DIR, WAIT_MS } from './support/env';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: RESULTS_DIR,
  globalSetup: './global-setup.ts',
  // Each spec file drives one workbench through its steps in order, and the machine is small.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  // A test waits on several things, each bounded by WAIT_MS.
  timeout: 3 * WAIT_MS,
  expect: { timeout: WAIT_MS },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    actionTimeout: WAIT_MS,
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      env: {
        ...process.env,
        HOME: `${CHROMIUM_HOME}/home`, XDG_CONFIG_HOME: `${CHROMIUM_HOME}/config`,
        XDG_DATA_HOME: `${CHROMIUM_HOME}/data`, XDG_CACHE_HOME: `${CHROMIUM_HOME}/cache`,
      },
    },
  },
});
