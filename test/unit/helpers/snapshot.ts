/**
 * Committed snapshots: a JSON file of named entries (one file per golden fixture folder). A test
 * fails when its entry differs or is missing; `UPDATE_SNAPSHOTS=1 npm run test:unit` (optionally
 * with `-- --grep snapshots`) writes what the code gives instead, for review in the diff. Only the
 * snapshot files named by the tests are ever written.
 *
 * Hand-written rather than a library (docs: README, Tests): jest-snapshot brings Babel and Jest's
 * transform stack into a project that has no use for them; mocha-snap, on an update, globs for
 * __snapshots__ under the working folder and deletes the files the run did not touch (a --grep
 * update would remove the rest), and writes a missing snapshot instead of failing; the chai-based
 * ones need chai and place snapshots beside the test file, which here is a bundle in out/, emptied on
 * every build.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { relative } from 'node:path';
import { repoRoot } from './fixtures';

export const UPDATING = !!process.env.UPDATE_SNAPSHOTS && process.env.UPDATE_SNAPSHOTS !== '0';
const HOW = 'UPDATE_SNAPSHOTS=1 npm run test:unit -- --grep snapshots writes it; review the diff before committing';

type Entries = Record<string, unknown>;

function read(path: string): Entries {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Entries) : {};
}

function write(path: string, entries: Entries): void {
  const sorted = Object.fromEntries(Object.keys(entries).sort().map((k) => [k, entries[k]]));
  writeFileSync(path, JSON.stringify(sorted, null, 2) + '\n');
}

/** Asserts (or, when updating, records) that entry `name` of the snapshot file at `path` is `actual`. */
export function matchSnapshot(path: string, name: string, actual: unknown): void {
  const entries = read(path);
  const value: unknown = JSON.parse(JSON.stringify(actual));
  if (UPDATING) {
    if (!isDeepStrictEqual(entries[name], value)) write(path, { ...entries, [name]: value });
    return;
  }
  const where = relative(repoRoot(), path);
  assert.ok(name in entries, `${where} has no snapshot of ${name}: ${HOW}`);
  assert.deepStrictEqual(value, entries[name], `${name} differs from its snapshot in ${where} (${HOW})`);
}

/** Asserts (or, when updating, makes sure) that the snapshot file holds no entry but `names`. */
export function assertNoObsoleteSnapshots(path: string, names: readonly string[]): void {
  const entries = read(path);
  const obsolete = Object.keys(entries).filter((k) => !names.includes(k));
  if (UPDATING) {
    if (obsolete.length) write(path, Object.fromEntries(Object.entries(entries).filter(([k]) => names.includes(k))));
    return;
  }
  assert.deepEqual(obsolete, [], `${relative(repoRoot(), path)} has snapshots of files that are gone: ${HOW}`);
}
