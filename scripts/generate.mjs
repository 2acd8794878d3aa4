// `npm run generate`: writes the files generated from the check registry (scripts/generate/render.ts),
// and the editor's words for translators (scripts/generate/l10n-bundle.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadTs } from './run-ts.mjs';

const { GENERATED } = await loadTs('scripts/generate/render.ts');
const { CHECKS } = await loadTs('src/core/checks/index.ts');
let changed = 0;
for (const file of GENERATED) {
  const current = readFileSync(file.path, 'utf8');
  const next = file.render(current, CHECKS);
  if (next !== current) {
    writeFileSync(file.path, next);
    changed++;
    console.log(`updated ${file.path}`);
  }
}
const { BUNDLE, renderBundle } = await loadTs('scripts/generate/l10n-bundle.ts');
const bundle = await renderBundle('.');
let current = '';
try { current = readFileSync(BUNDLE, 'utf8'); } catch { /* not written yet */ }
if (bundle !== current) {
  writeFileSync(BUNDLE, bundle);
  changed++;
  console.log(`updated ${BUNDLE} (${Object.keys(JSON.parse(bundle)).length} messages)`);
}
console.log(changed === 0 ? `${GENERATED.length + 1} generated files are up to date (${CHECKS.length} checks).` : `${changed} of ${GENERATED.length + 1} generated files updated.`);
