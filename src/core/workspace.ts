/**
 * Reads and parses files through the injected reader, caching each parse by path and text, so a
 * keystroke in the current minutes re-parses only the current minutes.
 */
import { parseDocument } from './parse/document';
import type { ParsedDoc } from './parse/model';
import { buildMinutes, Minutes } from './minutes';
import type { Reader } from './read/reader';
import type { FileReader } from './types';

export class Workspace {
  private readonly docs = new Map<string, ParsedDoc>();
  private readonly minutes = new WeakMap<ParsedDoc, { matcher: Reader; minutes: Minutes }>();
  /** How many parses this workspace has done: lets tests and the benchmark see the cache work. */
  parseCount = 0;

  constructor(readonly reader: FileReader) {}

  /** The parse of `text` as the file at `path`, from the cache when the text is unchanged. */
  parse(path: string, text: string): ParsedDoc {
    const hit = this.docs.get(path);
    if (hit && hit.text === text) return hit;
    this.parseCount++;
    const doc = parseDocument(path, text);
    this.docs.set(path, doc);
    return doc;
  }

  async load(path: string): Promise<ParsedDoc | undefined> {
    const text = await this.reader.readText(path);
    return text === undefined ? undefined : this.parse(path, text);
  }

  minutesOf(doc: ParsedDoc, matcher: Reader): Minutes {
    const hit = this.minutes.get(doc);
    if (hit && hit.matcher === matcher) return hit.minutes;
    const m = buildMinutes(doc, matcher);
    this.minutes.set(doc, { matcher, minutes: m });
    return m;
  }

  /** Drops a file from the cache (the editor calls this when a file is deleted). */
  forget(path: string): void {
    this.docs.delete(path);
  }
}
