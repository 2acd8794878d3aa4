/** The editor's side of the plan progress view: its analyses come from the diagnostics controller. */
import type { PanelHost } from '../panel/panel-host';
import { tooLargeToCheckLive, type DiagnosticsController } from './diagnostics';
import type { EditorLog } from './log';
import type { MinutesService } from './minutes-service';

export function panelHost(service: MinutesService, diagnostics: DiagnosticsController, log: EditorLog): PanelHost {
  return {
    onDidAnalyse: diagnostics.onDidAnalyse,
    analysisOf: (uri) => diagnostics.analysisOf(uri),
    analysedVersionOf: (uri) => diagnostics.analysedVersionOf(uri),
    checkNow: (doc) => diagnostics.checkNow(doc),
    checksLive: (doc) => !tooLargeToCheckLive(doc),
    mayBeMinutes: (doc) => service.mayBeMinutes(doc),
    failed: (what, e) => log.failed(what, e),
    toUri: (base, path) => service.toUri(base, path),
  };
}
