/**
 * What a cached summary depends on, and whether that is still as it was. An analysis names every
 * file and folder its result depends on (`Analysis.dependencies`); the cache keeps, for each, a
 * state: for a file, a hash of its text (with its real location when a symbolic link leads
 * elsewhere), `outside ...` when it was refused, null when absent; for a folder, a hash of its file
 * names. An entry is fresh when every state is unchanged. The same function computes the state when
 * a summary is made and when it is checked, so the two cannot disagree.
 *
 * Reading goes through the same rule as the analysis (nothing whose real location is outside the
 * root is read) and at most `LIMIT` files are read at once: opening every file together exhausts
 * the limit on open files (`ulimit -n`), and a failed open would look like a change.
 */
import pLimit from 'p-limit';
import type { Dependencies } from '../session';
import { isInside } from '../paths';
import type { FileReader } from '../types';

/** [path, state]; null: absent (or, for a folder, not listable). */
export type Dep = [path: string, state: string | null];

/** sha256 (hex) of a text. Injected: the command line passes Node's, synchronous and faster. */
export type Hasher = (text: string) => string | Promise<string>;

/** Files read at once while checking freshness. */
export const LIMIT = 16;

/** SHA-256 through Web Crypto, which Node and browsers both have: the default hasher. */
export async function webSha256(text: string): Promise<string> {
  const bytes = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class DependencyStates {
  private readonly files = new Map<string, Promise<string | null>>();
  private readonly folders = new Map<string, Promise<string | null>>();
  private readonly limit = pLimit(LIMIT);
  private realRoot?: Promise<string>;

  constructor(
    private readonly reader: FileReader,
    private readonly hash: Hasher,
    private readonly root: string,
  ) {}

  file(path: string): Promise<string | null> {
    let s = this.files.get(path);
    if (!s) this.files.set(path, (s = this.limit(() => this.fileState(path))));
    return s;
  }

  folder(path: string): Promise<string | null> {
    let s = this.folders.get(path);
    if (!s) this.folders.set(path, (s = this.limit(() => this.folderState(path))));
    return s;
  }

  async of(d: Dependencies): Promise<{ reads: Dep[]; listings: Dep[] }> {
    const reads = await Promise.all(d.files.map(async (p): Promise<Dep> => [p, await this.file(p)]));
    const listings = await Promise.all(d.folders.map(async (f): Promise<Dep> => [f, await this.folder(f)]));
    return { reads, listings };
  }

  async isFresh(e: { reads: readonly Dep[]; listings: readonly Dep[] }): Promise<boolean> {
    for (const [p, s] of e.reads) if ((await this.file(p)) !== s) return false;
    for (const [f, s] of e.listings) if ((await this.folder(f)) !== s) return false;
    return true;
  }

  private async fileState(path: string): Promise<string | null> {
    let real = path;
    if (this.reader.realPath) {
      const r = await this.reader.realPath(path).catch(() => undefined);
      if (r === undefined) return null;
      this.realRoot ??= this.reader.realPath(this.root).then((x) => x ?? this.root, () => this.root);
      if (!isInside(await this.realRoot, r)) return `outside ${r}`;
      real = r;
    }
    const text = await this.reader.readText(path);
    if (text === undefined) return null;
    const h = await this.hash(text);
    return real === path ? h : `${h} ${real}`;
  }

  private async folderState(folder: string): Promise<string | null> {
    const names = await this.reader.listFiles(folder);
    return names === undefined ? null : this.hash([...names].sort().join('\n'));
  }
}

/**
 * A reader that keeps each answer for one run (files do not change during an audit), so a child's
 * files are read once however many analyses use them, and states cost no second read.
 */
export class RunReader implements FileReader {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly lists = new Map<string, Promise<string[] | undefined>>();
  private readonly reals = new Map<string, Promise<string | undefined>>();
  readonly realPath?: (path: string) => Promise<string | undefined>;

  constructor(private readonly inner: FileReader) {
    if (inner.realPath) {
      const real = inner.realPath.bind(inner);
      this.realPath = (p) => memo(this.reals, p, real);
    }
  }

  readText(path: string): Promise<string | undefined> {
    return memo(this.texts, path, (p) => this.inner.readText(p));
  }

  listFiles(folder: string): Promise<string[] | undefined> {
    return memo(this.lists, folder, (f) => this.inner.listFiles(f));
  }

  /** Lets go of texts no longer needed (a finished folder). */
  forget(paths: Iterable<string>): void {
    for (const p of paths) this.texts.delete(p);
  }
}

function memo<T>(map: Map<string, Promise<T>>, key: string, make: (key: string) => Promise<T>): Promise<T> {
  let v = map.get(key);
  if (!v) map.set(key, (v = make(key)));
  return v;
}
