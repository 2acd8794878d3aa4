// `npm run corpus -- --children 200 --meetings 5 --seed 1 [--out DIR]`: writes a fictional corpus of
// minutes with seeded, known faults and prints the figures the audit must report (see test/corpus/).
import { loadTs } from './run-ts.mjs';

const { main } = await loadTs('test/corpus/main.ts');
process.exitCode = main(process.argv.slice(2));
