/**
 * The words the webviews' hosts show (titles, the empty panel, the audit report's buttons), through
 * vscode.l10n.t like the editor's (src/editor/messages.ts). The panel's model brings its own words
 * from the core (src/core/messages/panel.ts).
 */
import * as vscode from 'vscode';

export const panelUi = {
  get title() {
    return vscode.l10n.t('Plan progress');
  },
  get empty() {
    return vscode.l10n.t('Open core group minutes to see how the child protection plan is progressing across meetings.');
  },
};

export const auditView = {
  get panelTitle() {
    return vscode.l10n.t('Core group audit');
  },
  get saveHtml() {
    return vscode.l10n.t('Save as HTML');
  },
  get saveMarkdown() {
    return vscode.l10n.t('Save as Markdown');
  },
  saved: (name: string) => vscode.l10n.t('Saved the audit report as {0}.', name),
  get saveJson() {
    return vscode.l10n.t('Save as JSON (to compare with later)');
  },
  get period() {
    return vscode.l10n.t('Change period...');
  },
  get compare() {
    return vscode.l10n.t('Compare with an earlier report...');
  },
  get trendMonth() {
    return vscode.l10n.t('Trend by month');
  },
  get trendQuarter() {
    return vscode.l10n.t('Trend by quarter');
  },
  get noTrend() {
    return vscode.l10n.t('Hide the trend');
  },
  get pickEarlier() {
    return vscode.l10n.t('Compare with this report');
  },
  cannotRead: (name: string) => vscode.l10n.t('{0} could not be read.', name),
};
