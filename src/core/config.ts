/**
 * `.coregroup.json`: found from the minutes' folder upwards to the root, comments allowed, validated.
 * An invalid file is reported (CG003 `config`) and the defaults apply.
 */
import { parse as parseJsonc, ParseError, printParseErrorCode } from 'jsonc-parser';
import { Day, parseDate } from './dates';
import { dirname, isInside, join } from './paths';
import type { FileReader, SeverityOrOff } from './types';
import { DEFAULT_SECTIONS, Requirement, SectionSpec, sectionsOfPack } from './template';
import { configProblems } from './messages/config';
import type { LexiconAliases } from './read/lexicon';
import { DEFAULT_PACK, DEFAULT_PACK_ID, DualPhrase } from './read/pack';
import { aliasesOf, packOf } from './read/reading-config';
import { accessMessages } from './messages/access';
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

const merged = new WeakMap<Config, { key: string; config: Config }>();

/**
 * Severities from the editor's settings go under the file's own: the file wins. Memoised, so the same
 * settings give the same Config object and the earlier minutes' models stay cached between keystrokes.
 */
export function withSettings(loaded: LoadedConfig, settingsChecks: Record<string, SeverityOrOff> | undefined): Config {
  if (!settingsChecks || Object.keys(settingsChecks).length === 0) return loaded.config;
  const key = JSON.stringify(settingsChecks);
  const hit = merged.get(loaded.config);
  if (hit && hit.key === key) return hit.config;
  const config = { ...loaded.config, checks: { ...settingsChecks, ...loaded.config.checks } };
  merged.set(loaded.config, { key, config });
  return config;
}

/** Validates parsed JSON into a Config; throws an Error whose message says what is wrong. */
export function validateConfig(value: unknown, knownCodes: ReadonlySet<string>): Config {
  if (!isObject(value)) throw new Error(configProblems.notObject);
  const allowed = new Set(['$schema', 'checks', 'timescales', 'managerRoles', 'extraHolidays', 'sections', 'procedure', 'aliases']);
  for (const key of Object.keys(value)) if (!allowed.has(key)) throw new Error(configProblems.unknownKey(key));
  // A procedure pack sets the defaults (levels, timescales, manager roles, template); the file refines them.
  const pack = packOf(value.procedure);
  const checks: Record<string, SeverityOrOff> = { ...pack.checks };
  if (value.checks !== undefined) {
    if (!isObject(value.checks)) throw new Error(configProblems.wrongType('checks', 'an object'));
    for (const [code, sev] of Object.entries(value.checks)) {
      if (!knownCodes.has(code.toUpperCase())) throw new Error(configProblems.unknownCode(code));
      if (typeof sev !== 'string' || !SEVERITIES.includes(sev as SeverityOrOff)) throw new Error(configProblems.badSeverity(code));
      checks[code.toUpperCase()] = sev as SeverityOrOff;
    }
  }
  const timescales = { ...pack.timescales };
  if (value.timescales !== undefined) {
    if (!isObject(value.timescales)) throw new Error(configProblems.wrongType('timescales', 'an object'));
    for (const [key, n] of Object.entries(value.timescales)) {
      if (!(key in timescales)) throw new Error(configProblems.unknownKey(`timescales.${key}`));
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 3650) throw new Error(configProblems.wrongType(`timescales.${key}`, 'a whole number of days'));
      timescales[key as keyof typeof timescales] = n;
    }
  }
  let managerRoles = pack.managerRoles;
  if (value.managerRoles !== undefined) {
    if (!Array.isArray(value.managerRoles) || !value.managerRoles.every((r) => typeof r === 'string' && r.trim() !== '')) {
      throw new Error(configProblems.wrongType('managerRoles', 'a list of role names'));
    }
    managerRoles = value.managerRoles as string[];
  }
  const extraHolidays: Day[] = [];
  if (value.extraHolidays !== undefined) {
    if (!Array.isArray(value.extraHolidays)) throw new Error(configProblems.wrongType('extraHolidays', 'a list of dates'));
    for (const d of value.extraHolidays) {
      const day = typeof d === 'string' ? parseDate(d) : undefined;
      if (day === undefined) throw new Error(configProblems.badHoliday(String(d)));
      extraHolidays.push(day);
    }
  }
  const { sections: sectionAliases, ...aliases } = aliasesOf(value.aliases);
  const base = pack === DEFAULT_PACK ? DEFAULT_SECTIONS : sectionsOfPack(pack);
  const listed = value.sections === undefined ? base : validateSections(value.sections, base);
  const sections = sectionAliases ? listed.map((s) => (sectionAliases[s.id] ? { ...s, aliases: [...s.aliases, ...sectionAliases[s.id]] } : s)) : listed;
  for (const id of Object.keys(sectionAliases ?? {})) if (!sections.some((s) => s.id === id)) throw new Error(configProblems.unknownSection(id));
  return {
    checks, timescales, managerRoles, extraHolidays, sections, procedure: pack.id, aliases,
    dualPhrases: pack.dualPhrases, keywords: pack.keywords, parentsConsideredAnywhere: pack.parentsConsideredAnywhere,
  };
}

function validateSections(value: unknown, base: readonly SectionSpec[]): SectionSpec[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(configProblems.wrongType('sections', 'a list of sections'));
  const seen = new Set<string>();
  return value.map((s, i): SectionSpec => {
    if (!isObject(s) || typeof s.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(s.id)) throw new Error(configProblems.badSection(i + 1));
    if (seen.has(s.id)) throw new Error(configProblems.duplicateSection(s.id));
    seen.add(s.id);
    const builtIn = base.find((d) => d.id === s.id) ?? DEFAULT_SECTIONS.find((d) => d.id === s.id);
    const title = s.title ?? builtIn?.title;
    if (typeof title !== 'string' || title.trim() === '') throw new Error(configProblems.badSection(i + 1));
    const aliases = s.aliases ?? builtIn?.aliases ?? [];
    if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string')) throw new Error(configProblems.badSection(i + 1));
    if (s.required !== undefined && typeof s.required !== 'boolean') throw new Error(configProblems.badSection(i + 1));
    let required: Requirement = builtIn?.required ?? 'always';
    if (s.required === false) required = 'optional';
    else if (s.required === true) required = builtIn?.required === 'when-previous' ? 'when-previous' : 'always';
    return { id: s.id, title, aliases: aliases as string[], required, phrases: builtIn?.phrases ?? [] };
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
    const errors: ParseError[] = [];
    const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0) {
      return { config: DEFAULT_CONFIG, path, problem: configProblems.badJson(printParseErrorCode(errors[0].error), errors[0].offset) };
    }
    try {
      return { config: validateConfig(value, this.knownCodes), path };
    } catch (e) {
      return { config: DEFAULT_CONFIG, path, problem: e instanceof Error ? e.message : String(e) };
    }
  }
}
