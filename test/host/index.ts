// Entry point VS Code's extension host calls when the workbench URL carries
// `extensionTestsPath` (see scripts/run-host-tests.mjs). Compiled by
// scripts/build-tests.mjs to out/test/host/index.js; every *.suite.js next to it runs.
// `mocha` stays external: require('mocha') resolves from the project's node_modules
// because out/ lives inside the project.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { hostLog } from './log';

export function run(): Promise<void> {
  // The reporter writes through hostLog so the runner can tell its lines from workbench logs.
  Mocha.reporters.Base.consoleLog = hostLog;

  const grep = process.env.HOST_TEST_GREP;
  const mocha = new Mocha({
    ui: 'bdd',
    color: false, // output goes to a log, not a terminal
    timeout: 60_000, // the real workbench is slow to start on 2 cores
    ...(grep ? { grep } : {}),
  });

  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.suite.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    try {
      if (files.length === 0) throw new Error(`no *.suite.js files in ${__dirname}`);
      const failed: string[] = [];
      // The spec reporter prints every failure's full error and stack at the end; the
      // rejection names the failed tests, which VS Code reports as the run's error.
      const runner = mocha.run((count) => {
        if (count > 0) reject(new Error(`${count} host test(s) failed: ${failed.join('; ')}`));
        else resolve();
      });
      runner.on('fail', (test) => failed.push(test.fullTitle()));
    } catch (err) {
      // e.g. a suite file that throws while loading: print it, VS Code only reports "failed".
      hostLog('host test run could not start:', (err as Error)?.stack ?? err);
      reject(err);
    }
  });
}
