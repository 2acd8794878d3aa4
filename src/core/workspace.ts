/**
 * Reads and parses files through an analysis's session, caching each parse by path and text, so a
 * keystroke in the current minutes re-parses only the current minutes. It also keeps an index of
 * each folder searched for earlier minutes (minutes without a `previous:` link): the folder is
 * listed once and each file in it read and parsed once per content version, and every chain is
 * resolved from that index, so checking a folder of N minutes costs N reads, not N squared. A host
 * whose files change while it runs (the editor) says so through `changed` and `listingChanged`.
 */
import { metaOf, buildMinutes, Meta, Minutes } from './minutes';
import { parseDocument } from './parse/document';
import type { ParsedDoc } from './parse/model';
import { basename, dirname, join } from './paths';
import type { Session } from './session';
import type { Reader } from './read/reader';
import type { FileReader } from './types';

export type Loaded = { status: 'read'; doc: ParsedDoc } | { status: 'missing' } | { status: 'outside'; byLink: boolean };

/** A file of an indexed folder: its parse and real location when it was last read (none: absent or refused). */
interface Entry {
  doc?: ParsedDoc;
  real?: string;
  stale: boolean;
}

interface FolderIndex {
  /** Markdown file names, sorted; undefined until listed (again). */
  names?: string[];
  entries: Map<string, Entry>;
}

export class Workspace {
  /**
   * Two parses per path: the text last given to analyse (being edited) and the text last read from
   * disk (which later minutes read as their previous minutes), so the two do not evict each other.
   */
  private readonly docs = new Map<string, { given?: ParsedDoc; read?: ParsedDoc }>();
  private readonly minutes = new WeakMap<ParsedDoc, { matcher: Reader; minutes: Minutes }>();
  private readonly metas = new WeakMap<ParsedDoc, Meta>();
  private readonly folders = new Map<string, FolderIndex>();
  /** How many parses this workspace has done: lets tests and the benchmark see the cache work. */
  parseCount = 0;

  constructor(readonly reader: FileReader) {}

  /** The parse of `text` as the file at `path` (`read`: as read from disk), from the cache when the text is unchanged. */
  parse(path: string, text: string, from: 'given' | 'read' = 'given'): ParsedDoc {
    const kept = this.docs.get(path) ?? {};
    const hit = kept.given?.text === text ? kept.given : kept.read?.text === text ? kept.read : undefined;
    const doc = hit ?? parseDocument(path, text);
    if (!hit) this.parseCount++;
    this.docs.set(path, { ...kept, [from]: doc });
    return doc;
  }

  /** A file through the session: its parse, or why it was not read. */
  async open(session: Session, path: string): Promise<Loaded> {
    const o = await session.open(path);
    return o.status === 'read' ? { status: 'read', doc: this.parse(path, o.text, 'read') } : o;
  }

  minutesOf(doc: ParsedDoc, matcher: Reader): Minutes {
    const hit = this.minutes.get(doc);
    if (hit && hit.matcher === matcher) return hit.minutes;
    const m = buildMinutes(doc, matcher);
    this.minutes.set(doc, { matcher, minutes: m });
    return m;
  }

  /** The front matter's fields alone (child, date, ...), for discovery: cheaper than the whole minutes. */
  metaOf(doc: ParsedDoc): Meta {
    let m = this.metas.get(doc);
    if (!m) this.metas.set(doc, (m = metaOf(doc)));
    return m;
  }

  /**
   * The minutes among the Markdown files of `folder`, from the folder's index (files in `skip` are
   * neither read nor returned). Every file of the folder is noted as a dependency of the session.
   */
  async minutesIn(session: Session, folder: string, skip: ReadonlySet<string>): Promise<ParsedDoc[]> {
    let index = this.folders.get(folder);
    if (!index) this.folders.set(folder, (index = { entries: new Map() }));
    if (index.names === undefined) {
      const names = ((await session.list(folder)) ?? []).filter((n) => n.toLowerCase().endsWith('.md')).sort();
      for (const name of index.entries.keys()) if (!names.includes(name)) index.entries.delete(name);
      index.names = names;
    } else session.note('folder', folder);
    const out: ParsedDoc[] = [];
    for (const name of index.names) {
      const path = join(folder, name);
      if (skip.has(path)) {
        session.note('file', path);
        continue;
      }
      let e = index.entries.get(name);
      if (!e || e.stale) {
        const o = await session.open(path);
        // A refused file is looked at afresh each time: whether it is refused depends on the root.
        e = o.status === 'read' ? { doc: this.parse(path, o.text, 'read'), real: o.real, stale: false } : { stale: o.status === 'outside' };
        index.entries.set(name, e);
      } else {
        session.note('file', path);
        // Read for another analysis, under another root: used only if it lies under this one too.
        if (e.real !== undefined && !(await session.allows(e.real))) continue;
      }
      if (e.doc?.kind === 'minutes') out.push(e.doc);
    }
    return out;
  }

  /** A file's text may have changed (an edit, a save, a change on disk): the index reads it afresh. */
  changed(path: string): void {
    const e = this.folders.get(dirname(path))?.entries.get(basename(path));
    if (e) e.stale = true;
  }

  /** Files were added to or removed from a folder: the index lists it afresh (and, with `all`, reads every file afresh). */
  listingChanged(folder: string, all = false): void {
    const index = this.folders.get(folder);
    if (!index) return;
    index.names = undefined;
    if (all) for (const e of index.entries.values()) e.stale = true;
  }

  /** Drops a file from the caches (the audit lets go of a folder once it is done). */
  forget(path: string): void {
    this.docs.delete(path);
    this.folders.delete(dirname(path));
  }
}
