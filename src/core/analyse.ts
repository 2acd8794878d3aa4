/**
 * The analysis service: minutes text (plus its series and config, through the injected reader) ->
 * findings. One Analyser per host; it caches parses, so repeated analyses stay cheap.
 */
import { WorkingCalendar } from './calendar';
import { Check, CHECKS, CHECK_CODES } from './checks';
import { CheckContext } from './checks/context';
import { Config, ConfigLoader, LoadedConfig, withSettings } from './config';
import { Day, todayFromClock } from './dates';
import { accessMessages } from './messages/access';
import { analysisMessages } from './messages/analysis';
import type { Minutes } from './minutes';
import { isInside, dirname, normalise } from './paths';
import { resolveSeries, Series } from './series';
import { readerFor } from './read/reader';
import { Dependencies, Session } from './session';
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

interface AnalysisOf {
  path: string;
  config: Config;
  /** The `.coregroup.json` in force, if any. */
  configPath?: string;
  /** Every file and folder the result depends on: the cache and the editor's re-checks follow them. */
  dependencies: Dependencies;
}

/** A file that is not core group minutes (or could not be read): nothing to check. */
export interface NotMinutesAnalysis extends AnalysisOf {
  isMinutes: false;
  /** Empty, but for the CG003 `outside` finding of a file refused as a link to outside the root. */
  findings: Finding[];
  /**
   * Why the file itself was not analysed: it could not be read, or it is a symbolic link whose real
   * location is outside the root (then nothing was read).
   */
  refused?: 'unreadable' | 'outside';
}

/** Core group minutes, read with their series, and what the checks found. */
export interface MinutesAnalysis extends AnalysisOf {
  isMinutes: true;
  findings: Finding[];
  minutes: Minutes;
  series: Series;
  /** Why the `.coregroup.json` in force could not be used (the defaults applied), when it is invalid. */
  configProblem?: string;
  /** That `.coregroup.json` is a link to a place outside the root, so it was not read. */
  configOutside?: boolean;
  /** Never set: minutes were read (the field is here so that `analysis.refused` reads on either kind). */
  refused?: never;
}

export type Analysis = NotMinutesAnalysis | MinutesAnalysis;

/** The check that reports on the file itself: its front matter, encoding, size and settings. */
const FILE_CHECK = 'CG003';

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

  async analyse(req: AnalyseRequest): Promise<Analysis> {
    const path = normalise(req.path);
    const root = req.root ? normalise(req.root) : dirname(path);
    const effectiveRoot = isInside(root, path) ? root : dirname(path);
    const session = new Session(this.reader, effectiveRoot);
    // The file itself is checked first: a link to a place outside the root is not read, even when
    // the host already holds its text (an editor showing it), and nothing it names is opened.
    // (A path not under its own folder, an untitled document's, has no real location to check.)
    const at = isInside(effectiveRoot, path) ? await session.locate(path) : ({ where: 'missing' } as const);
    let text = req.text;
    if (at.where === 'inside' && text === undefined) text = await session.readText(path);
    const loaded = await this.configs.forFile(path, effectiveRoot, session);
    const config = withSettings(loaded, req.settingsChecks ?? this.options.settingsChecks);
    const base = { path, isMinutes: false as const, findings: [], config, configPath: loaded.path };
    if (at.where === 'outside') return { ...base, findings: refusedFinding(config), refused: 'outside', dependencies: session.dependencies() };
    if (text === undefined) return { ...base, refused: 'unreadable', dependencies: session.dependencies() };
    const doc = this.workspace.parse(path, text);
    // A file in an encoding the readers do not decode is minutes when its type line says so: it must hear why nothing was checked.
    const kind = doc.encoding?.kind ?? doc.kind;
    const isMinutes = kind === 'minutes' || (req.force === true && kind !== 'plan');
    if (!isMinutes) return { ...base, dependencies: session.dependencies() };
    const reader = readerFor(config);
    const minutes = this.workspace.minutesOf(doc, reader);
    const today = (this.options.today ?? todayFromClock)();
    const series = await resolveSeries(this.workspace, session, minutes, reader, today);
    const ctx = new CheckContext(minutes, series, config, loaded, this.calendarFor(config), today, effectiveRoot);
    const checks = this.options.checks ?? CHECKS;
    // Of a file that was not read, only the check of the file itself (front matter, encoding, settings) speaks.
    const findings = runChecks(ctx, config, this.options.log, doc.encoding ? checks.filter((c) => c.code === FILE_CHECK) : checks);
    return { path, isMinutes: true, findings, minutes, series, config, configPath: loaded.path, configProblem: loaded.problem, configOutside: loaded.outside, dependencies: session.dependencies() };
  }

  private calendarFor(config: Config): WorkingCalendar {
    let c = this.calendars.get(config);
    if (!c) this.calendars.set(config, (c = new WorkingCalendar([...config.extraHolidays])));
    return c;
  }
}

/** The CG003 `outside` finding for a file that is a link to a place outside the root (unless CG003 is off). */
function refusedFinding(config: Config): Finding[] {
  const check = CHECKS.find((c) => c.code === 'CG003')!;
  const severity = config.checks[check.code] ?? check.severity;
  if (severity === 'off') return [];
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [{ code: check.code, name: check.name, severity, dimension: check.dimension, subject: 'outside', message: accessMessages.fileOutside, range, fixes: [], related: [] }];
}

/** Runs every check in registry order; a check that throws is reported, never allowed to crash the host. */
export function runChecks(ctx: CheckContext, config: Config, log: Logger = silentLogger, checks: readonly Check[] = CHECKS): Finding[] {
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
      log.error('A check failed', errorDetails(e, check.name));
      raw = [{ subject: 'internal-error', message: analysisMessages.internalError(check.name, e instanceof Error ? e.name : 'error'), range: ctx.lineRange(0) }];
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
