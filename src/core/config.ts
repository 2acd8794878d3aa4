/**
 * `.coregroup.json`: found from the minutes' folder upwards to the root, comments allowed, validated.
 * An invalid file is reported (CG003 `config`) and the defaults apply.
 */
import type { ErrorObject } from 'ajv';
import { readConfigJson } from './config-json';
import { ConfigError, describeSchemaError } from './config-errors';
import validateSchema from './config-validator.generated';
import { Day, parseDate } from './dates';
import { dirname, isInside, join } from './paths';
import type { FileReader, SeverityOrOff } from './types';
import { DEFAULT_SECTIONS, Requirement, SectionSpec, sectionsOfPack } from './template';
import { accessMessages } from './messages/access';
import { configProblems } from './messages/config';
import type { LexiconAliases } from './read/lexicon';
import { DEFAULT_PACK, DEFAULT_PACK_ID, DualPhrase } from './read/pack';
import { aliasesOf, packOf } from './read/reading-config';
import { Session } from './session';

export const CONFIG_FILE_NAME = '.coregroup.json';
export const SEVERITIES: readonly SeverityOrOff[] = ['off', 'hint', 'information', 'warning', 'error'];

export interface Config {
  checks: Readonly<Record<string, SeverityOrOff>>;
  timescales: { firstMeetingWorkingDays: number; maxDaysBetweenMeetings: number };
  managerRoles: readonly string[];
  extraHolidays: readonly Day[];
  sections: readonly SectionSpec[];
  /** The procedure pack in force (`procedure` in `.coregroup.json`; default england). */
  procedure: string;
  /** The team's own words for columns, status words, role words and attendance words. */
  aliases: LexiconAliases;
  dualPhrases: readonly DualPhrase[];
  keywords: Readonly<Record<string, readonly string[]>>;
  /** Signs of Safety: an absent parent is considered wherever the minutes discuss them. */
  parentsConsideredAnywhere: boolean;
}

export interface LoadedConfig {
  config: Config;
  /** The config file in force, if any. */
  path?: string;
  /** Why that file was not used, when it is invalid. */
  problem?: string;
  /** The file is a symbolic link whose real location is outside the root: it was not read. */
  outside?: boolean;
}

export const DEFAULT_CONFIG: Config = Object.freeze({
  checks: Object.freeze({}),
  timescales: Object.freeze({ firstMeetingWorkingDays: 10, maxDaysBetweenMeetings: 42 }),
  managerRoles: Object.freeze(['manager', 'head of service']),
  extraHolidays: Object.freeze([]),
  sections: DEFAULT_SECTIONS,
  procedure: DEFAULT_PACK_ID,
  aliases: Object.freeze({}),
  dualPhrases: DEFAULT_PACK.dualPhrases,
  keywords: DEFAULT_PACK.keywords,
  parentsConsideredAnywhere: false,
});

/** Settings-merged configs by the config file's and the settings' levels: a few folders' settings each. */
const merged = new WeakMap<Config, Map<string, Config>>();
const MAX_MERGED = 16;

/**
 * Severities from the editor's settings go under the file's own: the file wins. Memoised, so the same
 * settings give the same Config object and the earlier minutes' models stay cached between keystrokes,
 * also when documents from folders with different settings are checked in turn.
 */
export function withSettings(loaded: LoadedConfig, settingsChecks: Record<string, SeverityOrOff> | undefined): Config {
  if (!settingsChecks || Object.keys(settingsChecks).length === 0) return loaded.config;
  const key = JSON.stringify(settingsChecks);
  let byKey = merged.get(loaded.config);
  if (!byKey) merged.set(loaded.config, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const config = { ...loaded.config, checks: { ...settingsChecks, ...loaded.config.checks } };
  if (byKey.size >= MAX_MERGED) byKey.clear();
  byKey.set(key, config);
  return config;
}

/** The generated validator (ajv standalone code from schemas/coregroup.schema.json): true when the data is valid. */
interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
const matchesSchema = validateSchema as SchemaValidator;

/**
 * Validates parsed JSON into a Config; throws a ConfigError whose message says what is wrong. What is
 * valid is the schema's to say (one edit there for a new setting); this reads the values, and checks
 * what a schema cannot: real dates, unique section ids, a title for a new section. Check codes are
 * read in any case. `knownCodes` are the checks the analysis runs (the schema lists the same ones).
 */
export function validateConfig(value: unknown, knownCodes: ReadonlySet<string>): Config {
  const data = withUpperCaseCodes(value);
  if (!matchesSchema(data)) throw new ConfigError(matchesSchema.errors?.[0] ? describeSchemaError(matchesSchema.errors[0]) : configProblems.unreadable);
  const v = data as ConfigFile;
  // A procedure pack sets the defaults (levels, timescales, manager roles, template); the file refines them.
  const pack = packOf(v.procedure);
  // A plain object again: its keys are known check codes only.
  const checks: Record<string, SeverityOrOff> = { ...pack.checks };
  for (const [code, level] of Object.entries(v.checks ?? {})) {
    if (!knownCodes.has(code)) throw new ConfigError(configProblems.unknownCode(code));
    checks[code] = level;
  }
  const timescales = { ...pack.timescales, ...v.timescales };
  const managerRoles = v.managerRoles ?? pack.managerRoles;
  const extraHolidays = (v.extraHolidays ?? []).map((d) => parseDate(d) ?? fail(configProblems.badHoliday(d)));
  const { sections: sectionAliases, ...aliases } = aliasesOf(v.aliases);
  const base = pack === DEFAULT_PACK ? DEFAULT_SECTIONS : sectionsOfPack(pack);
  const listed = v.sections === undefined ? base : readSections(v.sections, base);
  const sections = sectionAliases ? listed.map((s) => (sectionAliases[s.id] ? { ...s, aliases: [...s.aliases, ...sectionAliases[s.id]] } : s)) : listed;
  for (const id of Object.keys(sectionAliases ?? {})) if (!sections.some((s) => s.id === id)) fail(configProblems.unknownSection(id));
  return {
    checks, timescales, managerRoles, extraHolidays, sections, procedure: pack.id, aliases,
    dualPhrases: pack.dualPhrases, keywords: pack.keywords, parentsConsideredAnywhere: pack.parentsConsideredAnywhere,
  };
}

/** The shape the schema lets through (the schema is checked first). */
interface ConfigFile {
  checks?: Record<string, SeverityOrOff>;
  timescales?: Partial<Config['timescales']>;
  managerRoles?: string[];
  extraHolidays?: string[];
  sections?: { id: string; title?: string; aliases?: string[]; required?: boolean }[];
  procedure?: string;
  aliases?: unknown;
}

export { ConfigError };

function fail(message: string): never {
  throw new ConfigError(message);
}

/** The same data with the keys of "checks" in upper case ("cg021" is CG021). */
function withUpperCaseCodes(value: unknown): unknown {
  if (!isObject(value) || !isObject(value.checks)) return value;
  const checks: Record<string, unknown> = Object.create(null);
  for (const [code, level] of Object.entries(value.checks)) checks[code.toUpperCase()] = level;
  return Object.assign(Object.create(null) as Record<string, unknown>, value, { checks });
}

function readSections(list: NonNullable<ConfigFile['sections']>, base: readonly SectionSpec[]): SectionSpec[] {
  const seen = new Set<string>();
  return list.map((s, i): SectionSpec => {
    if (seen.has(s.id)) fail(configProblems.duplicateSection(s.id));
    seen.add(s.id);
    const builtIn = base.find((d) => d.id === s.id) ?? DEFAULT_SECTIONS.find((d) => d.id === s.id);
    const title = s.title ?? builtIn?.title ?? fail(configProblems.badSection(i + 1));
    let required: Requirement = builtIn?.required ?? 'always';
    if (s.required === false) required = 'optional';
    else if (s.required === true) required = builtIn?.required === 'when-previous' ? 'when-previous' : 'always';
    return { id: s.id, title, aliases: s.aliases ?? builtIn?.aliases ?? [], required, phrases: builtIn?.phrases ?? [] };
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Finds, reads and validates the nearest `.coregroup.json`, with a cache by path and text. */
export class ConfigLoader {
  private readonly cache = new Map<string, { text: string; loaded: LoadedConfig }>();

  constructor(
    private readonly reader: FileReader,
    private readonly knownCodes: ReadonlySet<string>,
  ) {}

  /** The settings for a file; reads go through the analysis's session when one is given. */
  async forFile(filePath: string, root: string, session = new Session(this.reader, root)): Promise<LoadedConfig> {
    let folder = dirname(filePath);
    // Bounded walk: each step goes one folder up, and stops at the root.
    for (let guard = 0; guard < 64 && isInside(root, folder); guard++) {
      const candidate = join(folder, CONFIG_FILE_NAME);
      const opened = await session.open(candidate);
      // Refused through a link: said. (A candidate outside by its path alone, as for an untitled
      // document's relative path, is simply not looked at.)
      if (opened.status === 'outside' && opened.byLink) return { config: DEFAULT_CONFIG, path: candidate, outside: true, problem: accessMessages.configOutside(CONFIG_FILE_NAME) };
      if (opened.status === 'read') return this.load(candidate, opened.text);
      if (folder === root || folder === '/') break;
      folder = dirname(folder);
    }
    return { config: DEFAULT_CONFIG };
  }

  private load(path: string, text: string): LoadedConfig {
    const hit = this.cache.get(path);
    if (hit && hit.text === text) return hit.loaded;
    const loaded = this.parse(path, text);
    this.cache.set(path, { text, loaded });
    return loaded;
  }

  private parse(path: string, text: string): LoadedConfig {
    const json = readConfigJson(text);
    if (json.problem !== undefined) return { config: DEFAULT_CONFIG, path, problem: json.problem };
    try {
      return { config: validateConfig(json.value, this.knownCodes), path };
    } catch (e) {
      // Our own sentences only: anything else thrown (a bug) is not shown in its engine's words.
      return { config: DEFAULT_CONFIG, path, problem: e instanceof ConfigError ? e.message : configProblems.unreadable };
    }
  }
}
