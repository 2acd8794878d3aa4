/**
 * The analysis service: minutes text (plus its series and config, through the injected reader) ->
 * findings. One Analyser per host; it caches parses, so repeated analyses stay cheap. Settings come
 * with each request: nothing a request sets is kept for the next, so analyses may run at once.
 */
import { WorkingCalendar } from './calendar';
import { CHECKS, CHECK_CODES } from './checks';
import type { Check } from './checks/check';
import { CheckContext } from './checks/context';
import { Config, ConfigLoader, LoadedConfig, withSettings } from './config';
import { Day, dayFromParts } from './dates';
import { messages } from './messages';
import type { Minutes } from './minutes';
import { isInside, dirname, normalise } from './paths';
import { resolveSeries, Series } from './series';
import { SectionMatcher } from './template';
import type { FileReader, Finding, SeverityOrOff } from './types';
import { Workspace } from './workspace';

export interface AnalyserOptions {
  /** Severities for requests that bring none of their own; `.coregroup.json` wins over them. */
  settingsChecks?: Record<string, SeverityOrOff>;
  /** Today's date, for fixes that record it; defaults to the clock. */
  today?: () => Day;
  /** The checks to run, in order: the registry (./checks/index.ts) unless a test gives its own. */
  checks?: readonly Check[];
}

export interface AnalyseRequest {
  path: string;
  /** The current text (an editor's unsaved buffer); read through the reader when absent. */
  text?: string;
  /** The workspace folder: links outside it are never opened. Defaults to the file's folder. */
  root?: string;
  /** Analyse even without `type: core-group-minutes` (a file matched by the user's globs). */
  force?: boolean;
  /**
   * Severities from the host's settings for this file (VS Code's coreGroup.checks, which depend on
   * the file's folder); `.coregroup.json` wins over them. Defaults to the Analyser's options.
   */
  settingsChecks?: Record<string, SeverityOrOff>;
}

export interface Analysis {
  path: string;
  isMinutes: boolean;
  findings: Finding[];
  minutes?: Minutes;
  series?: Series;
  config: Config;
  configPath?: string;
  /** What the checks read, for features built on the same analysis (panel model, inserting a section). */
  context?: CheckContext;
}

/** The check that reports on the file itself: its front matter, encoding, size and settings. */
const FILE_CHECK = 'CG003';

function todayFromClock(): Day {
  const d = new Date();
  return dayFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate())!;
}

export class Analyser {
  readonly workspace: Workspace;
  private readonly configs: ConfigLoader;
  private readonly matchers = new WeakMap<Config, SectionMatcher>();
  private readonly calendars = new WeakMap<Config, WorkingCalendar>();

  constructor(
    readonly reader: FileReader,
    private readonly options: Readonly<AnalyserOptions> = {},
  ) {
    this.workspace = new Workspace(reader);
    this.configs = new ConfigLoader(reader, CHECK_CODES);
  }

  async analyse(req: AnalyseRequest): Promise<Analysis> {
    const path = normalise(req.path);
    const root = req.root ? normalise(req.root) : dirname(path);
    const effectiveRoot = isInside(root, path) ? root : dirname(path);
    const text = req.text ?? (await this.reader.readText(path));
    const loaded = await this.configs.forFile(path, effectiveRoot);
    const config = withSettings(loaded, req.settingsChecks ?? this.options.settingsChecks);
    if (text === undefined) return { path, isMinutes: false, findings: [], config, configPath: loaded.path };
    const doc = this.workspace.parse(path, text);
    // A file in an encoding the readers do not decode is minutes when its type line says so: it must hear why nothing was checked.
    const kind = doc.encoding?.kind ?? doc.kind;
    const isMinutes = kind === 'minutes' || (req.force === true && kind !== 'plan');
    if (!isMinutes) return { path, isMinutes: false, findings: [], config, configPath: loaded.path };
    const matcher = this.matcherFor(config);
    const minutes = this.workspace.minutesOf(doc, matcher);
    const series = await resolveSeries(this.workspace, minutes, effectiveRoot, matcher);
    const today = (this.options.today ?? todayFromClock)();
    const ctx = new CheckContext(minutes, series, config, loaded, this.calendarFor(config), today, effectiveRoot);
    const checks = this.options.checks ?? CHECKS;
    // Of a file that was not read, only the check of the file itself (front matter, encoding, settings) speaks.
    const findings = runChecks(ctx, config, doc.encoding ? checks.filter((c) => c.code === FILE_CHECK) : checks);
    return { path, isMinutes: true, findings, minutes, series, config, configPath: loaded.path, context: ctx };
  }

  private matcherFor(config: Config): SectionMatcher {
    let m = this.matchers.get(config);
    if (!m) this.matchers.set(config, (m = new SectionMatcher(config.sections)));
    return m;
  }

  private calendarFor(config: Config): WorkingCalendar {
    let c = this.calendars.get(config);
    if (!c) this.calendars.set(config, (c = new WorkingCalendar([...config.extraHolidays])));
    return c;
  }
}

/** Runs every check in registry order; a check that throws is reported, never allowed to crash the host. */
export function runChecks(ctx: CheckContext, config: Config, checks: readonly Check[] = CHECKS): Finding[] {
  const findings: Finding[] = [];
  const inTemplate = new Set(config.sections.map((s) => s.id));
  const unread = ctx.doc.notReadFrom;
  const lines = ctx.doc.lines;
  for (const check of checks) {
    const level = config.checks[check.code] ?? check.severity;
    if (level === 'off' || check.sections?.some((id) => !inTemplate.has(id))) continue;
    let raw;
    try {
      raw = check.run(ctx);
    } catch (e) {
      // A bug in one check must not hide the others' findings; surface it without document text.
      raw = [{ subject: 'internal-error', message: messages.internalError(check.name, e instanceof Error ? e.name : 'error'), range: ctx.lineRange(0) }];
    }
    const seen = new Set<string>();
    for (const r of raw) {
      // Each finding is raised once per subject (and per instance, where one subject has several: two links outside).
      const once = r.instance === undefined ? r.subject : `${r.subject}\u0000${r.instance}`;
      if (seen.has(once)) continue;
      // Nothing is said about the part not read (./parse/limits.ts): a finding placed there, or whose fix would write there, is dropped.
      if (unread !== undefined && r.subject !== 'too-large') {
        const at = lines.lineStart(r.range.start.line) + r.range.start.character;
        if (at >= unread || (r.fixes ?? []).some((f) => f.edits.some((e) => e.offset >= unread))) continue;
      }
      seen.add(once);
      findings.push({
        code: check.code,
        name: check.name,
        severity: level,
        dimension: r.dimension ?? check.dimension,
        subject: r.subject,
        message: r.message,
        range: r.range,
        fixes: r.fixes ?? [],
        related: r.related ?? [],
      });
    }
  }
  return findings;
}

export type { LoadedConfig };
