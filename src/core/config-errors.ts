/**
 * What the schema validator found wrong in a `.coregroup.json`, in our own words. Each sentence names
 * the setting (from the error's path) and says what it must be (from the schema the error failed), so
 * a setting added to the schema gets plain messages without any change here.
 */
import type { ErrorObject } from 'ajv';
import { configProblems as m } from './messages/config';

/** A problem with the settings, in a sentence of ours that may be shown to the user. */
export class ConfigError extends Error {}

/** `/sections/2/aliases/0` -> `item 1 of "aliases" in item 3 of "sections"`. */
export function settingName(instancePath: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let phrase = '';
  let names: string[] = [];
  const flush = () => {
    if (names.length === 0) return;
    phrase = phrase ? m.place.inside(names.join('.'), phrase) : m.place.name(names.join('.'));
    names = [];
  };
  for (const p of parts) {
    if (/^\d+$/.test(p)) {
      flush();
      phrase = m.place.item(Number(p) + 1, phrase);
    } else names.push(p);
  }
  flush();
  return phrase;
}

type Schema = Record<string, unknown>;

/** What a value of this schema is, in words: "a whole number from 0 to 3650", "a list", "true or false". */
function kindOf(schema: Schema | undefined, type: unknown): string {
  const t = Array.isArray(type) ? type[0] : type;
  const min = typeof schema?.minimum === 'number' ? schema.minimum : undefined;
  const max = typeof schema?.maximum === 'number' ? schema.maximum : undefined;
  if (t === 'integer' || t === 'number') return m.kinds.number(t === 'integer', min, max);
  return m.kinds.of[String(t)] ?? m.kinds.other;
}

const last = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export function describeSchemaError(e: ErrorObject): string {
  const where = settingName(e.instancePath);
  const parent = e.parentSchema as Schema | undefined;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return e.instancePath === '' ? m.notObject : m.mustBe(where, kindOf(parent, params.type));
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      if (e.instancePath === '/checks') return m.unknownCode(extra);
      return e.instancePath === '' ? m.unknownKey(extra) : m.unknownKeyIn(extra, where);
    }
    case 'enum':
      if (e.instancePath.startsWith('/checks/')) return m.badSeverity(last(e.instancePath));
      return m.oneOf(where, (params.allowedValues as unknown[]).map(String));
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'multipleOf':
      return m.mustBe(where, kindOf(parent, parent?.type));
    case 'pattern':
      return typeof parent?.patternErrorMessage === 'string' ? m.patternFault(where, parent.patternErrorMessage) : m.invalid(where);
    case 'minItems':
      return m.atLeast(where, Number(params.limit));
    case 'minLength':
      return m.notBlank(where);
    case 'required':
      return m.needs(where || m.place.file, String(params.missingProperty));
    default:
      return m.invalid(where || m.place.file);
  }
}
