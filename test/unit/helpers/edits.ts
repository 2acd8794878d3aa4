/** Applying insert-only fixes to a text, and checking that nothing a practitioner wrote was lost. */
import { strict as assert } from 'node:assert';
import type { FileReader, Finding, Fix, InsertEdit } from '../../../src/core/types';
import { applySettingsEdit } from '../../../src/core/settings-edit';
import { LineIndex } from '../../../src/core/text';

/** Applies insert edits by offset, in descending offset order (so earlier offsets stay valid). */
export function applyEdits(text: string, edits: readonly InsertEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.offset - a.e.offset || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, e.offset) + e.text + out.slice(e.offset);
  return out;
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

/** Asserts each edit only inserts, inside the text, with a position that agrees with its offset. */
export function assertWellFormedFix(text: string, fix: Fix, label: string): void {
  const lines = new LineIndex(text);
  assert.ok(fix.title.trim() !== '', `${label}: a fix needs a title`);
  assert.ok(fix.edits.length > 0 || fix.settings !== undefined, `${label}: a fix with no edits`);
  if (fix.settings) {
    // A learning fix writes only to the team's settings: it adds a name to a list, never preferred.
    assert.equal(fix.edits.length, 0, `${label}: a settings fix also edits the minutes`);
    assert.ok(fix.settings.path.endsWith('/.coregroup.json') && fix.settings.value.trim() !== '', `${label}: settings fix target`);
    assert.notEqual(fix.isPreferred, true, `${label}: a settings fix is never preferred`);
  }
  for (const e of fix.edits) {
    assert.ok(Number.isInteger(e.offset) && e.offset >= 0 && e.offset <= text.length, `${label}: edit offset ${e.offset} outside 0..${text.length}`);
    assert.deepEqual(e.position, lines.position(e.offset), `${label}: edit position does not match its offset ${e.offset}`);
    assert.ok(e.text.length > 0, `${label}: an edit that inserts nothing`);
    // Never split a CRLF pair: that would corrupt the line break a practitioner wrote.
    assert.ok(!(text[e.offset - 1] === '\r' && text[e.offset] === '\n'), `${label}: edit at ${e.offset} splits a CRLF line break`);
  }
}

/** True when `small` is a subsequence of `big` (characters in order, gaps allowed). */
export function isSubsequence(small: string, big: string): boolean {
  let j = 0;
  for (let i = 0; i < small.length; i++) {
    const c = small.charCodeAt(i);
    while (j < big.length && big.charCodeAt(j) !== c) j++;
    if (j >= big.length) return false;
    j++;
  }
  return true;
}

/**
 * Every original line survives in order: each original line appears, in order, inside a line of the
 * new text (equal, or with text inserted into it), and the original text is a subsequence of the new.
 */
export function assertOriginalSurvives(original: string, updated: string, label: string): void {
  assert.ok(isSubsequence(original, updated), `${label}: the original text is not a subsequence of the fixed text`);
  // A byte order mark is not part of the first line: a fix may insert after it.
  // Lines as Markdown reads them: a lone CR ends a line too.
  const oldLines = original.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const newLines = updated.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let j = 0;
  for (let i = 0; i < oldLines.length; i++) {
    while (j < newLines.length && !isSubsequence(oldLines[i], newLines[j])) j++;
    assert.ok(j < newLines.length, `${label}: original line ${i + 1} ${JSON.stringify(oldLines[i].slice(0, 80))} did not survive in order`);
    j++;
  }
}

/** Asserts a finding's range is inside the document and ordered. */
export function assertRangeInside(text: string, f: Finding, label: string): void {
  const lines = new LineIndex(text);
  const { start, end } = f.range;
  const where = `${label}: ${f.code} ${f.subject} range ${JSON.stringify(f.range)}`;
  for (const p of [start, end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.lineCount, `${where}: line outside 0..${lines.lineCount - 1}`);
    // The line's own characters, a CR of CRLF included (but not the LF).
    const next = p.line + 1 < lines.lineCount ? lines.lineStart(p.line + 1) - 1 : text.length;
    const lineLength = next - lines.lineStart(p.line);
    assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= lineLength, `${where}: character outside the line (length ${lineLength})`);
  }
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${where}: end before start`);
}

export function key(f: { code: string; subject: string }): string {
  return `${f.code} ${f.subject}`;
}

/**
 * A reader that serves `overlay` (path -> text) in front of `inner`: how a test sees the settings
 * file a learning fix would write, without writing it.
 */
export function overlayReader(inner: FileReader, overlay: Record<string, string>): FileReader {
  const names = (folder: string) => Object.keys(overlay).filter((p) => p.slice(0, p.lastIndexOf('/')) === folder).map((p) => p.slice(p.lastIndexOf('/') + 1));
  return {
    readText: async (path) => (path in overlay ? overlay[path] : inner.readText(path)),
    listFiles: async (folder) => {
      const listed = await inner.listFiles(folder);
      const extra = names(folder);
      return listed === undefined && extra.length === 0 ? undefined : [...new Set([...(listed ?? []), ...extra])];
    },
    ...(inner.realPath ? { realPath: async (path: string) => (path in overlay ? path : inner.realPath!(path)) } : {}),
  };
}

/** The settings file a learning fix writes, as the test reader should serve it afterwards. */
export async function settingsAfter(fix: Fix, reader: FileReader): Promise<Record<string, string>> {
  if (!fix.settings) return {};
  const before = fix.settings.exists ? await reader.readText(fix.settings.path) : undefined;
  const after = applySettingsEdit(before, fix.settings);
  assert.ok(after !== undefined, `"${fix.title}": the settings edit could not be applied`);
  return { [fix.settings.path]: after };
}
