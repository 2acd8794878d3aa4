/**
 * The version stamp of a set of minutes: `cg1-` and the first 8 hex digits of the SHA-256 of the
 * exported content, written canonically (docs/export.md, "The version stamp"). It covers what an
 * export shows of the practitioner's writing, every section but the distribution section (where
 * the records of sharing go, so recording a sharing never changes the stamp), and the meeting
 * details as written. It does not cover prompt comments, placeholders, line endings, how lines
 * are wrapped, spacing, section titles (a team may rename them) or our own notes. SHA-256 from
 * @noble/hashes: synchronous (a check needs it), pure JavaScript, the same in Node and a browser.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Block, ExportSection, Inline } from './model';

/** The stamp format of this version; a stamp with another prefix is not compared. */
export const STAMP_PREFIX = 'cg1-';
export const STAMP_PATTERN = /\bcg1-[0-9a-f]{8}\b/;

function inline(content: readonly Inline[]): string {
  let out = '';
  for (const i of content) {
    if (i.kind === 'break') out += '\n';
    else if (i.kind === 'rating') out += `[${i.rating}]`;
    else if (i.kind === 'text') {
      const marks = (i.strong ? 'b' : '') + (i.em ? 'i' : '') + (i.strike ? 's' : '') + (i.code ? 'c' : '');
      out += marks ? `{${marks}:${i.text}}` : i.text;
    }
  }
  // Spacing and line wrapping are not content.
  return out.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
}

function block(b: Block): unknown {
  switch (b.kind) {
    case 'paragraph':
      return ['p', inline(b.content)];
    case 'heading':
      return ['h', b.level, inline(b.content)];
    case 'list':
      return [b.ordered ? 'ol' : 'ul', b.items.map((item) => item.map(block))];
    case 'table':
      return ['t', b.header.map(inline), b.rows.map((r) => r.map(inline))];
    case 'quote':
      return ['q', b.blocks.map(block)];
    case 'note':
      return null; // our words, derived from the content
  }
}

/** The canonical text the stamp hashes (exposed for the tests and docs/export.md). */
export function canonicalContent(meta: readonly (string | number | undefined)[], sections: readonly ExportSection[]): string {
  const body = sections.filter((s) => s.id !== 'distribution').map((s) => [s.id, s.blocks.map(block).filter((x) => x !== null)]);
  return JSON.stringify([meta.map((v) => (v === undefined ? null : String(v).trim())), body]);
}

export function stampOf(meta: readonly (string | number | undefined)[], sections: readonly ExportSection[]): string {
  return STAMP_PREFIX + bytesToHex(sha256(utf8ToBytes(canonicalContent(meta, sections)))).slice(0, 8);
}
