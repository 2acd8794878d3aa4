// Output channel from host tests to scripts/run-host-tests.mjs.
// The workbench hands the runner its own log and the extension host's console output
// mixed together (window.codeAutomationLog). Lines starting with HOST_TAG are the tests'
// output and are always printed; the rest (workbench chatter, the extension's own
// console output) only with HOST_TEST_VERBOSE=1. VS Code's extension host makes the
// console methods unassignable, so tagging goes through this helper, not a console patch.
import * as util from 'node:util';

export const HOST_TAG = '[host] '; // keep in sync with scripts/run-host-tests.mjs

/** console.log with printf-style formatting, tagged so the runner always prints it. */
export function hostLog(...args: unknown[]): void {
  console.log(HOST_TAG + util.format(...args));
}
