/** The plain model the plan progress panel renders. The webview only draws it; it never analyses. */

export type RatingLabel = 'Red' | 'Amber' | 'Green';

export interface Location {
  path: string;
  /** 0-based line. */
  line: number;
}

export interface MeetingView {
  label: string;
  date?: string;
  isCurrent: boolean;
}

export interface ActionView {
  id?: string;
  wording: string;
  owner: string;
  due: string;
  status: string;
  overdue: boolean;
  drift: boolean;
  carryCount: number;
  ariaLabel: string;
  location: Location;
}

export interface OutcomeView {
  id: string;
  title: string;
  /** One entry per meeting of `meetings`, oldest first. */
  ratings: (RatingLabel | null)[];
  evidence: string;
  ariaLabel: string;
  location?: Location;
  actions: ActionView[];
}

export interface SectionView {
  id: string;
  title: string;
  present: boolean;
  required: boolean;
  location?: Location;
}

/** One revision of the CP plan file: which meeting made it and what it changed. */
export interface RevisionView {
  title: string;
  date?: string;
  changes: string[];
  ariaLabel: string;
  /** Its heading in the plan file. */
  location: Location;
}

export interface DimensionCount {
  dimension: string;
  label: string;
  count: number;
}

/** The panel's fixed words (from messages/panel.ts), with drift as a template "{n}". */
export type PanelLabels = Record<string, string>;

export interface PanelModel {
  kind: 'minutes';
  labels: PanelLabels;
  header: {
    child: string;
    meeting: string;
    date: string;
    chair: string;
    nextMeeting: string;
    reviewConference: string;
  };
  meetings: MeetingView[];
  outcomes: OutcomeView[];
  unlinkedActions: ActionView[];
  sections: SectionView[];
  /** The CP plan file's name, when there is one. */
  planFile?: string;
  /** Its revisions, newest first (empty: no revisions, or no plan file). */
  revisions: RevisionView[];
  findings: DimensionCount[];
  totalFindings: number;
}

export interface EmptyPanelModel {
  kind: 'empty';
  labels: PanelLabels;
  message: string;
}

export type PanelMessage = PanelModel | EmptyPanelModel;

/** What the webview may ask of the extension. */
export type PanelIntent = { type: 'reveal'; location: Location } | { type: 'insertSection'; id: string } | { type: 'ready' };
