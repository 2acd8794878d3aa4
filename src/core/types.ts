/** Shared types of the analysis core. Lines and characters are 0-based here; output formats convert. */
import type { SettingsEdit } from './settings-edit';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOrOff = Severity | 'off';
/** Audit dimensions: Quality of minutes, Effectiveness of the core group, Safety of the child, Partnership working. */
export type Dimension = 'Q' | 'E' | 'S' | 'P';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** An edit that only inserts: a practitioner's words are never deleted or rewritten. */
export interface InsertEdit {
  position: Position;
  /** Offset of `position` in the text the fix was computed for. */
  offset: number;
  text: string;
}

export interface Fix {
  title: string;
  /** Inserts into the minutes (empty for a fix that only changes the settings). */
  edits: InsertEdit[];
  isPreferred?: boolean;
  /** A name added to the team's `.coregroup.json` (real-minutes.md, principle 10): never preferred, never applied by fix-all. */
  settings?: SettingsEdit;
  /**
   * The fix inserts a prompt for the practitioner to complete (CG013's escalation entry), so the
   * finding stays, in its own words, until they do: a prompt is not a record (real-minutes.md, principle 7).
   */
  leavesFinding?: boolean;
}

export interface RelatedInfo {
  path: string;
  range: Range;
  message: string;
}

export interface Finding {
  code: string;
  name: string;
  severity: Severity;
  dimension: Dimension;
  subject: string;
  message: string;
  range: Range;
  fixes: Fix[];
  related: RelatedInfo[];
}

/** What a check reports before severity and name are filled in from the registry and config. */
export interface RawFinding {
  subject: string;
  /**
   * Set when one subject can be raised for different things, each once: the front matter key of a
   * link (`previous` and `plan` can both point outside). Findings are de-duplicated on subject and instance.
   */
  instance?: string;
  message: string;
  range: Range;
  dimension?: Dimension;
  fixes?: Fix[];
  related?: RelatedInfo[];
}

/**
 * File access, injected by the host: Node's fs for the command line, workspace.fs (and open
 * documents) in VS Code. Paths are absolute and use forward slashes.
 */
export interface FileReader {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readText(path: string): Promise<string | undefined>;
  /** Names (not paths) of the files directly in a folder; undefined when it cannot be listed. */
  listFiles(folder: string): Promise<string[] | undefined>;
  /**
   * Where a file or folder really is, every symbolic link on the way resolved (an absolute,
   * forward-slash path); undefined when it does not exist or where it leads cannot be known, and then
   * it is not read. Optional: a reader without it (in memory, or a file system without links) is taken
   * to have no links. The core refuses anything whose real location is outside the root.
   */
  realPath?(path: string): Promise<string | undefined>;
}
