// Bundles the extension, the command line and the audit worker into dist/ with esbuild.
import { build } from 'esbuild';
import { mkdirSync, copyFileSync, existsSync, readdirSync, readFileSync, chmodSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  define: { CORE_GROUP_VERSION: JSON.stringify(pkg.version) },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

const entries = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['src/panel/webview/main.ts'], outfile: 'dist/webview/panel.js', platform: 'browser', format: 'iife', target: 'es2022' },
  { entryPoints: ['src/panel/webview/audit.ts'], outfile: 'dist/webview/audit.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

mkdirSync('dist/webview', { recursive: true });
for (const e of entries) {
  if (!existsSync(e.entryPoints[0])) continue;
  await build({ ...common, ...e });
}
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
// Static webview assets (CSS) are copied as they are.
if (existsSync('src/panel/webview')) {
  for (const f of readdirSync('src/panel/webview')) {
    if (f.endsWith('.css') || f.endsWith('.svg')) copyFileSync(`src/panel/webview/${f}`, `dist/webview/${f}`);
  }
}
// The Markdown preview's styles (package.json markdown.previewStyles).
mkdirSync('dist/preview', { recursive: true });
for (const f of readdirSync('src/preview')) if (f.endsWith('.css')) copyFileSync(`src/preview/${f}`, `dist/preview/${f}`);
if (watch) console.log('watch mode is not supported; run npm run build again');
