// `npm run generate`: writes the files generated from the check registry (scripts/generate/render.ts).
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
console.log(changed === 0 ? `${GENERATED.length} generated files are up to date (${CHECKS.length} checks).` : `${changed} of ${GENERATED.length} generated files updated.`);
