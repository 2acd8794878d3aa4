/**
 * The analysis service: minutes text (plus its series and config, through the injected reader) ->
 * findings. One Analyser per host; it caches parses, so repeated analyses stay cheap.
 */
import { WorkingCalendar } from './calendar';
import { CHECKS, CHECK_CODES } from './checks';
import { CheckContext } from './checks/context';
import { Config, ConfigLoader, LoadedConfig, withSettings } from './config';
import { Day, dayFromParts } from './dates';
import { analysisMessages } from './messages/analysis';
import type { Minutes } from './minutes';
import { isInside, dirname, normalise } from './paths';
import { resolveSeries, Series } from './series';
import { readerFor } from './read/reader';
import type { FileReader, Finding, SeverityOrOff } from './types';
import { errorDetails, Logger, silentLogger } from './log';
import { Workspace } from './workspace';

export interface AnalyserOptions {
  /** Severities from the host's settings (VS Code's coreGroup.checks); `.coregroup.json` wins over them. */
  settingsChecks?: Record<string, SeverityOrOff>;
  /** Today's date, for fixes that record it; defaults to the clock. */
  today?: () => Day;
  /** Where a check that fails is logged (its name and the error's kind, never the minutes' text). */
  log?: Logger;
}

export interface AnalyseRequest {
  path: string;
  /** The current text (an editor's unsaved buffer); read through the reader when absent. */
  text?: string;
  /** The workspace folder: links outside it are never opened. Defaults to the file's folder. */
  root?: string;
  /** Analyse even without `type: core-group-minutes` (a file matched by the user's globs). */
  force?: boolean;
}

interface AnalysisOf {
  path: string;
  config: Config;
  /** The `.coregroup.json` in force, if any. */
  configPath?: string;
}

/** A file that is not core group minutes (or could not be read): nothing to check. */
export interface NotMinutesAnalysis extends AnalysisOf {
  isMinutes: false;
  /** Always empty. */
  findings: Finding[];
}

/** Core group minutes, read with their series, and what the checks found. */
export interface MinutesAnalysis extends AnalysisOf {
  isMinutes: true;
  findings: Finding[];
  minutes: Minutes;
  series: Series;
  /** Why the `.coregroup.json` in force could not be used (the defaults applied), when it is invalid. */
  configProblem?: string;
}

export type Analysis = NotMinutesAnalysis | MinutesAnalysis;

function todayFromClock(): Day {
  const d = new Date();
  return dayFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate())!;
}

export class Analyser {
  readonly workspace: Workspace;
  private readonly configs: ConfigLoader;
  private readonly calendars = new WeakMap<Config, WorkingCalendar>();

  constructor(
    readonly reader: FileReader,
    private options: AnalyserOptions = {},
  ) {
    this.workspace = new Workspace(reader);
    this.configs = new ConfigLoader(reader, CHECK_CODES);
  }

  setSettingsChecks(checks: Record<string, SeverityOrOff> | undefined): void {
    this.options = { ...this.options, settingsChecks: checks };
  }

  async analyse(req: AnalyseRequest): Promise<Analysis> {
    const path = normalise(req.path);
    const root = req.root ? normalise(req.root) : dirname(path);
    const effectiveRoot = isInside(root, path) ? root : dirname(path);
    const text = req.text ?? (await this.reader.readText(path));
    const loaded = await this.configs.forFile(path, effectiveRoot);
    const config = withSettings(loaded, this.options.settingsChecks);
    const notMinutes: NotMinutesAnalysis = { path, isMinutes: false, findings: [], config, configPath: loaded.path };
    if (text === undefined) return notMinutes;
    const doc = this.workspace.parse(path, text);
    const isMinutes = doc.kind === 'minutes' || (req.force === true && doc.kind !== 'plan');
    if (!isMinutes) return notMinutes;
    const reader = readerFor(config);
    const minutes = this.workspace.minutesOf(doc, reader);
    const today = (this.options.today ?? todayFromClock)();
    const series = await resolveSeries(this.workspace, minutes, effectiveRoot, reader, today);
    const ctx = new CheckContext(minutes, series, config, loaded, this.calendarFor(config), today, effectiveRoot);
    return { path, isMinutes: true, findings: runChecks(ctx, config, this.options.log), minutes, series, config, configPath: loaded.path, configProblem: loaded.problem };
  }

  private calendarFor(config: Config): WorkingCalendar {
    let c = this.calendars.get(config);
    if (!c) this.calendars.set(config, (c = new WorkingCalendar([...config.extraHolidays])));
    return c;
  }
}

/** Runs every check in registry order; a check that throws is reported, never allowed to crash the host. */
export function runChecks(ctx: CheckContext, config: Config, log: Logger = silentLogger): Finding[] {
  const findings: Finding[] = [];
  const inTemplate = new Set(config.sections.map((s) => s.id));
  for (const check of CHECKS) {
    const level = config.checks[check.code] ?? check.severity;
    if (level === 'off' || check.sections?.some((id) => !inTemplate.has(id))) continue;
    let raw;
    try {
      raw = check.run(ctx);
    } catch (e) {
      // A bug in one check must not hide the others' findings; surface it without document text.
      log.error('A check failed', errorDetails(e, check.name));
      raw = [{ subject: 'internal-error', message: analysisMessages.internalError(check.name, e instanceof Error ? e.name : 'error'), range: ctx.lineRange(0) }];
    }
    const seen = new Set<string>();
    for (const r of raw) {
      if (seen.has(r.subject)) continue; // each finding is raised once per subject
      seen.add(r.subject);
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
