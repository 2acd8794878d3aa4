/**
 * The words the editor itself shows: notifications, quick fix and command titles, the audit's
 * progress. Each goes through vscode.l10n.t, so a translation is a bundle file in l10n/ (see
 * docs/contributing.md); the English here is the key. Findings and the panel's words come from the
 * core (src/core/messages/, and each check's own module).
 */
import * as vscode from 'vscode';

export const ui = {
  learnMore: (code: string) => vscode.l10n.t('Learn more about {0}', code),
  get fixAll() {
    return vscode.l10n.t('Fix all core group minutes problems that can be fixed by adding text');
  },
  get noMinutes() {
    return vscode.l10n.t('Open core group minutes first (a Markdown file with "type: core-group-minutes" in its front matter).');
  },
  /** One area's count in the check summary, e.g. "2 on quality of minutes". */
  countOn: (n: number, area: string) => vscode.l10n.t('{0} on {1}', n, area),
  checkSummary: (n: number, byDim: string) =>
    n === 0 ? vscode.l10n.t('No problems found in these minutes.') : n === 1 ? vscode.l10n.t('1 thing needs attention: {0}.', byDim) : vscode.l10n.t('{0} things need attention: {1}.', n, byDim),
  get nothingToInsert() {
    return vscode.l10n.t('No sections are missing.');
  },
  get nothingToCarry() {
    return vscode.l10n.t('Every open action from the last meeting already has a review row.');
  },
  exists: (name: string) => vscode.l10n.t('A file called {0} already exists, so nothing was created. Open it, or rename it first.', name),
  created: (name: string) => vscode.l10n.t('Created {0} with the open actions carried forward.', name),
  get pickFolder() {
    return vscode.l10n.t("Choose the child's folder of minutes");
  },
  get noMinutesInFolder() {
    return vscode.l10n.t('That folder has no core group minutes to start from.');
  },
  learned: (value: string, file: string) => vscode.l10n.t('Added "{0}" to {1}: the team\'s minutes are read with it from now on.', value, file),
  settingsOutside: (file: string) =>
    vscode.l10n.t('{0} is a shortcut (a symbolic link) that leads outside the workspace folder or nowhere, or is not a settings file, so nothing was written to it.', file),
  settingsUnreadable: (file: string) => vscode.l10n.t('{0} is not valid JSON, so nothing was added to it. Fix the file first (its problem is shown on the minutes it governs).', file),
  get statusName() {
    return vscode.l10n.t('Core group minutes: findings by area');
  },
  actionCompletion: (id: string) => vscode.l10n.t('New action {0} (the next free ID)', id),
  get actionCompletionHelp() {
    return vscode.l10n.t('One row of the revised plan: the action, the outcome it serves, who will do it and by when. Its ID continues the numbering of the whole series, so it is never used twice.');
  },
  tooLargeToCheckAsYouType: (megabytes: string) =>
    vscode.l10n.t(
      'These minutes are very large ({0} MB), so they are checked when you open them or save them yourself (Ctrl+S), not as you type: checking them takes long enough to hold up the editor.',
      megabytes,
    ),
};

export const auditUi = {
  get progressTitle() {
    return vscode.l10n.t('Auditing core group minutes');
  },
  progress: (i: number, n: number) => vscode.l10n.t('{0} of {1} files', i, n),
  get cancelled() {
    return vscode.l10n.t('The audit was cancelled; nothing was reported.');
  },
  get noFolder() {
    return vscode.l10n.t('Open a folder of core group minutes first: the audit runs over every workspace folder.');
  },
  get noMinutes() {
    return vscode.l10n.t('No core group minutes were found in this workspace (files need "type: core-group-minutes" in their front matter), so there is nothing to audit.');
  },
  fromCache: (fresh: number, all: number) => vscode.l10n.t('Audited {0} files ({1} checked afresh, the rest unchanged since the last audit).', all, fresh),
};

/** The export and the record of sharing (src/editor/export-command.ts). */
export const exportUi = {
  get noMinutes() {
    return ui.noMinutes;
  },
  get formatTitle() {
    return vscode.l10n.t('Export the minutes as');
  },
  get docx() {
    return vscode.l10n.t('Word document (.docx)');
  },
  get docxDetail() {
    return vscode.l10n.t('what partner agencies open and case systems attach');
  },
  get html() {
    return vscode.l10n.t('Web page to print (.html)');
  },
  get htmlDetail() {
    return vscode.l10n.t('one file that opens in any browser and prints on A4');
  },
  get audienceTitle() {
    return vscode.l10n.t('Who is this copy for?');
  },
  get professionals() {
    return vscode.l10n.t('Professionals');
  },
  get professionalsDetail() {
    return vscode.l10n.t('the minutes as written, in template order');
  },
  get family() {
    return vscode.l10n.t('The family');
  },
  get familyDetail() {
    return vscode.l10n.t('plain language, in the order a parent reads it, short forms written out');
  },
  what: (format: string, audience: string, file: string) =>
    format === 'docx'
      ? audience === 'family' ? vscode.l10n.t('Word document for the family ({0})', file) : vscode.l10n.t('Word document for professionals ({0})', file)
      : audience === 'family' ? vscode.l10n.t('printed copy for the family ({0})', file) : vscode.l10n.t('printed copy for professionals ({0})', file),
  exported: (file: string) => vscode.l10n.t('Exported the minutes to {0}. Once you have shared it, record that in the minutes.', file),
  get recordButton() {
    return vscode.l10n.t('Record that it was shared');
  },
  get openFolder() {
    return vscode.l10n.t('Show the file');
  },
  get noFreeName() {
    return vscode.l10n.t('Every export file name beside these minutes is taken by a file that is not an export, so nothing was written.');
  },
  get whomTitle() {
    return vscode.l10n.t('Who were the minutes shared with?');
  },
  get someoneElse() {
    return vscode.l10n.t('Someone else…');
  },
  get othersPrompt() {
    return vscode.l10n.t('Names or agencies, separated by commas');
  },
  get howTitle() {
    return vscode.l10n.t('How were they shared?');
  },
  get howPrompt() {
    return vscode.l10n.t('For example: read through with the family at a home visit');
  },
  get methods() {
    return [vscode.l10n.t('Secure email'), vscode.l10n.t('Given by hand'), vscode.l10n.t('Post'), vscode.l10n.t('Through the case recording system')];
  },
  get otherMethod() {
    return vscode.l10n.t('Another way…');
  },
  recorded: (stamp: string) => vscode.l10n.t('Recorded the sharing in the minutes distribution section (version {0}).', stamp),
};

/** The period picker of "Audit workspace" and of the report's "Change period". */
export const periodUi = {
  get title() {
    return vscode.l10n.t('Which period should the audit measure?');
  },
  get placeholder() {
    return vscode.l10n.t('Only minutes whose meeting date falls in the period are measured; earlier minutes still serve as their series.');
  },
  lastQuarter: (label: string) => vscode.l10n.t('Last quarter ({0})', label),
  thisQuarter: (label: string) => vscode.l10n.t('This quarter so far ({0})', label),
  lastMonth: (label: string) => vscode.l10n.t('Last month ({0})', label),
  lastYear: (label: string) => vscode.l10n.t('The last twelve months ({0})', label),
  get all() {
    return vscode.l10n.t('Every date');
  },
  get custom() {
    return vscode.l10n.t('Choose the dates...');
  },
  get fromPrompt() {
    return vscode.l10n.t('First meeting date to measure, as YYYY-MM-DD');
  },
  get toPrompt() {
    return vscode.l10n.t('Last meeting date to measure, as YYYY-MM-DD');
  },
  get badDate() {
    return vscode.l10n.t('Write the date as YYYY-MM-DD, for example 2026-07-01.');
  },
};
