// Bundles a TypeScript module with esbuild into a temporary .cjs file and loads it: lets plain
// `node scripts/*.mjs` tools share the typed code under test/ (the corpus generator).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export async function loadTs(entry) {
  // Inside the project (.tmp/ is ignored), so what it leaves unbundled resolves from node_modules.
  mkdirSync('.tmp', { recursive: true });
  const dir = mkdtempSync(join('.tmp', 'ts-'));
  const outfile = join(dir, 'bundle.cjs');
  try {
    // mainFields as in build-tests.mjs: jsonc-parser's UMD main requires its parts at run time.
    await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
      mainFields: ['module', 'main'], logLevel: 'warning',
      // Loaded from node_modules, not bundled: it finds its parsers (.wasm) beside its own files.
      external: ['@vscode/l10n-dev'] });
    return createRequire(import.meta.url)(resolve(outfile));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
