/**
 * The reading settings of `.coregroup.json` (real-minutes.md, principles 10 and 11): the procedure
 * pack (`procedure`: england, signs-of-safety or wales) and the team's own words (`aliases` for
 * sections, columns, status words, role words and attendance words). Validated here, applied by
 * ../config.ts over the pack's defaults.
 */
import { ConfigError } from '../config-errors';
import { configProblems } from '../messages/config';
import type { LexiconAliases } from './lexicon';
import { DEFAULT_PACK, Pack, PACK_IDS, packById } from './pack';

export interface ReadingAliases extends LexiconAliases {
  /** Extra names for sections, by section id. */
  sections?: Record<string, string[]>;
}

const ALIAS_KINDS: Record<string, readonly string[] | undefined> = {
  sections: undefined,
  columns: ['name', 'role', 'attended', 'report', 'id', 'action', 'outcome', 'owner', 'due', 'status', 'update', 'impact', 'rating', 'evidence'],
  status: ['done', 'in progress', 'not started', 'carried forward', 'closed'],
  roles: ['parent', 'family', 'professional'],
  attended: ['present', 'absent'],
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The pack a `procedure` value names (the default when absent); throws with a plain message when unknown. */
export function packOf(value: unknown): Pack {
  if (value === undefined) return DEFAULT_PACK;
  const p = typeof value === 'string' ? packById(value) : undefined;
  if (!p) throw new ConfigError(configProblems.badProcedure(String(value), PACK_IDS));
  return p;
}

/** `aliases`: { sections: { id: [...] }, columns: { owner: [...] }, status: { done: [...] }, roles: { parent: [...] }, attended: { absent: [...] } }. */
export function aliasesOf(value: unknown): ReadingAliases {
  if (value === undefined) return {};
  if (!isObject(value)) throw new ConfigError(configProblems.wrongType('aliases', 'an object'));
  const out: Record<string, Record<string, string[]>> = {};
  for (const [kind, table] of Object.entries(value)) {
    if (!Object.prototype.hasOwnProperty.call(ALIAS_KINDS, kind)) throw new ConfigError(configProblems.unknownKey(`aliases.${kind}`));
    if (!isObject(table)) throw new ConfigError(configProblems.wrongType(`aliases.${kind}`, 'an object'));
    const allowed = ALIAS_KINDS[kind];
    const entries: Record<string, string[]> = Object.create(null);
    for (const [key, list] of Object.entries(table)) {
      if (allowed && !allowed.includes(key)) throw new ConfigError(configProblems.unknownKey(`aliases.${kind}.${key}`));
      if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && x.trim() !== '')) throw new ConfigError(configProblems.wrongType(`aliases.${kind}.${key}`, 'a list of words or phrases'));
      entries[key] = list as string[];
    }
    out[kind] = entries;
  }
  return out as ReadingAliases;
}
