/**
 * Generates the `.coregroup.json` validator (src/core/config-validator.generated.ts) from the schema
 * with ajv's standalone code: the schema is the one description of what is valid, and the bundle gets a
 * plain function (no schema compiled at start-up, no `new Function`, about 30 KB instead of ajv's 275 KB).
 * `npm run schema:validator` writes it; test/unit/config-schema.test.ts fails when it is stale.
 */
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';

export const SCHEMA_PATH = 'schemas/coregroup.schema.json';
export const VALIDATOR_PATH = 'src/core/config-validator.generated.ts';

/**
 * VS Code's own additions to JSON Schema: annotations for the editor, read by nothing in ajv. The
 * error messages reuse `patternErrorMessage`, so the schema says in words what a pattern wants.
 */
const VSCODE_KEYWORDS = ['patternErrorMessage', 'errorMessage', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'markdownDeprecationMessage', 'defaultSnippets', 'doNotSuggest', 'allowComments', 'allowTrailingCommas'];

/** Words for people (editors show them), which validation never reads: left out of the generated code. */
const FOR_PEOPLE = new Set(['title', 'description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'default', 'examples', '$comment', 'defaultSnippets']);

function withoutWordsForPeople(node: unknown, key = ''): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutWordsForPeople(n));
  if (typeof node !== 'object' || node === null) return node;
  // Under "properties" the keys are setting names (one may be called "title"), not keywords.
  const names = key === 'properties';
  return Object.fromEntries(Object.entries(node).filter(([k]) => names || !FOR_PEOPLE.has(k)).map(([k, v]) => [k, withoutWordsForPeople(v, names ? '' : k)]));
}

export function validatorSource(schemaText: string): string {
  const schema = withoutWordsForPeople(JSON.parse(schemaText)) as object;
  // verbose: errors carry the schema they failed (for patternErrorMessage and limits); the first error is enough.
  const ajv = new Ajv({ code: { source: true, esm: true }, strict: true, verbose: true, allErrors: false });
  for (const keyword of VSCODE_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['string', 'array', 'boolean', 'object'] });
  const code = standaloneCode(ajv, ajv.compile(schema));
  return [
    `// Generated from ${SCHEMA_PATH} by scripts/config-validator.ts (npm run schema:validator): do not edit.`,
    '// ajv standalone code, checked by test/unit/config-schema.test.ts. Not type-checked: it is generated.',
    '// @ts-nocheck',
    '/* eslint-disable */',
    code,
    '',
  ].join('\n');
}
