// `npm run schema:validator`: writes src/core/config-validator.generated.ts from schemas/coregroup.schema.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadTs } from './run-ts.mjs';

const { validatorSource, SCHEMA_PATH, VALIDATOR_PATH } = await loadTs('scripts/config-validator.ts');
writeFileSync(VALIDATOR_PATH, validatorSource(readFileSync(SCHEMA_PATH, 'utf8')));
console.log(`Wrote ${VALIDATOR_PATH} from ${SCHEMA_PATH}.`);
