/**
 * The settings that shape what an audit reads, as a short fingerprint per file, so a comparison can
 * say when two audits read the minutes differently (another procedure pack, a .coregroup.json that
 * names other headings, columns or manager roles, other timescales). Check levels are left out: no
 * measure depends on them (./summary.ts).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Config } from '../config';
import type { FileSummary } from './model';

/** JSON with every object's keys in order, so equal settings give equal text. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
}

const short = (text: string) => bytesToHex(sha256(utf8ToBytes(text))).slice(0, 12);

/** Fingerprints by settings object: the files of a folder share one (0.3 ms each to compute). A pure result, held only while its settings are. */
const MEMO = new WeakMap<Config, string>();

/** "england:1a2b3c4d5e6f": the procedure pack, then a hash of everything else that shapes reading. */
export function settingsFingerprint(config: Config): string {
  const known = MEMO.get(config);
  if (known !== undefined) return known;
  const { checks: _levels, ...reading } = config;
  void _levels;
  const print = `${config.procedure}:${short(JSON.stringify(canonical(reading)))}`;
  MEMO.set(config, print);
  return print;
}

/** What the report records of the settings its minutes were read with. */
export function readWith(summaries: readonly FileSummary[]): { procedures: string[]; fingerprint: string } {
  const prints = [...new Set(summaries.map((s) => s.settings).filter((x): x is string => !!x))].sort();
  return { procedures: [...new Set(prints.map((p) => p.split(':')[0]))].sort(), fingerprint: short(prints.join('\n')) };
}
