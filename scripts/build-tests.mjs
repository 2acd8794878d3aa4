// Bundles every test file into out/ as CommonJS so mocha (and the extension host) can load them.
import { build } from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'fixtures') walk(p, out);
    } else if (/\.(test|bench|suite|run|launch)\.ts$/.test(name) || name === 'index.ts' && dir.includes('host') || dir.endsWith('bench') && name.endsWith('.ts')) {
      out.push(p);
    }
  }
  return out;
}

rmSync('out', { recursive: true, force: true });
const entryPoints = walk('test');
await build({
  entryPoints,
  outdir: 'out',
  outbase: '.',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  mainFields: ['module', 'main'],
  external: ['vscode', '@vscode/l10n-dev', 'mocha', 'playwright-core', 'fast-check', 'markdownlint', 'markdownlint/*', 'vscode-textmate', 'vscode-oniguruma'],
  logLevel: 'warning',
});
