// `node scripts/convert-fixture-expectations.mjs [folder ...]`: golden fixture folders with an
// old-style expected.json (findings with line numbers) -> inline markers and a case.json, checked
// to find exactly what they found before (see test/tools/convert-expectations.ts).
import { loadTs } from './run-ts.mjs';

const { main } = await loadTs('test/tools/convert-expectations.ts');
process.exitCode = await main(process.argv.slice(2));
