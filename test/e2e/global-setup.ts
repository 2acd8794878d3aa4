/** Before any spec: the built extension is there, code-server is installed, Chromium has a home. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, ensureCodeServer } from '../../scripts/code-server.mjs';
import { CHROMIUM_HOME } from './support/env';

export default function globalSetup(): () => void {
  for (const f of ['dist/extension.js', 'dist/webview/panel.js', 'dist/webview/panel.css']) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`missing ${f}: run \`npm run build\` first`);
  }
  ensureCodeServer();
  for (const d of ['home', 'config', 'data', 'cache']) fs.mkdirSync(path.join(CHROMIUM_HOME, d), { recursive: true });
  return () => fs.rmSync(CHROMIUM_HOME, { recursive: true, force: true, maxRetries: 3 });
}
