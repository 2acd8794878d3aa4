/** The checks, in the order they run: built from the registry (./registry.ts), one line per check. */
import type { Check } from './check';
import * as registry from './registry';

export const CHECKS: readonly Check[] = Object.freeze(Object.values(registry).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)));

export const CHECK_CODES: ReadonlySet<string> = new Set(CHECKS.map((c) => c.code));

export function checkByCode(code: string): Check | undefined {
  return CHECKS.find((c) => c.code === code);
}

export type { Check };
