// Bundles a TypeScript module with esbuild into a temporary .cjs file and loads it: lets plain
// `node scripts/*.mjs` tools share the typed code under test/ (the corpus generator).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function loadTs(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'core-group-ts-'));
  const outfile = join(dir, 'bundle.cjs');
  try {
    // mainFields as in build-tests.mjs: jsonc-parser's UMD main requires its parts at run time.
    await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
      mainFields: ['module', 'main'], logLevel: 'warning' });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
