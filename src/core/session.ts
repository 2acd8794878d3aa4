/**
 * One analysis's access to files. Every path is checked before anything is read: by its text (it
 * must lie under the root) and, when the reader can say where a path really leads, by its real
 * location with every symbolic link resolved (it must lie under the root's own real location). So a
 * link inside the workspace that leads outside it (`child/outdir -> ../../elsewhere`, `passwd.md ->
 * /etc/passwd`) is refused, and nothing behind it is read.
 *
 * Within one analysis each file is read, each folder listed and each real location asked for at
 * most once. The session also notes every file and folder the result depends on (read, found
 * absent, refused, or served from the workspace's folder index), for the audit's cache and the
 * editor's re-checks.
 *
 * The check and the read are two steps: a link swapped in between is a race this does not defend
 * against (the danger is a link placed in a folder, not a process racing the tool).
 */
import { isInside } from './paths';
import type { FileReader } from './types';

/** Where a path leads: under the root, absent, or outside it (by its own text, or through a link). */
export type Location =
  | { where: 'inside'; real: string }
  | { where: 'missing' }
  | { where: 'outside'; byLink: boolean };

export type Opened = { status: 'read'; text: string; real: string } | { status: 'missing' } | { status: 'outside'; byLink: boolean };

export interface Dependencies {
  /** Files whose text, absence or real location the result depends on. */
  files: string[];
  /** Folders whose list of files it depends on. */
  folders: string[];
}

export class Session {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly reals = new Map<string, Promise<string | undefined>>();
  private readonly lists = new Map<string, Promise<string[] | undefined>>();
  private rootReal?: Promise<string>;
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  constructor(
    readonly reader: FileReader,
    readonly root: string,
  ) {}

  /** The root's real location (the root itself when the reader cannot say). */
  realRoot(): Promise<string> {
    this.rootReal ??= this.realOf(this.root).then((r) => r ?? this.root);
    return this.rootReal;
  }

  /** Whether a real location (from `locate`, or kept by the folder index) lies under the root. */
  async allows(real: string): Promise<boolean> {
    return isInside(await this.realRoot(), real);
  }

  async locate(path: string): Promise<Location> {
    if (!isInside(this.root, path)) return { where: 'outside', byLink: false };
    this.files.add(path);
    if (!this.reader.realPath) return { where: 'inside', real: path };
    const real = await this.realOf(path);
    if (real === undefined) return { where: 'missing' };
    return (await this.allows(real)) ? { where: 'inside', real } : { where: 'outside', byLink: true };
  }

  /** The file's text, when it exists and really lies under the root; otherwise why not. */
  async open(path: string): Promise<Opened> {
    const at = await this.locate(path);
    if (at.where !== 'inside') return at.where === 'missing' ? { status: 'missing' } : { status: 'outside', byLink: at.byLink };
    let text = this.texts.get(path);
    if (!text) this.texts.set(path, (text = this.reader.readText(path)));
    const t = await text;
    return t === undefined ? { status: 'missing' } : { status: 'read', text: t, real: at.real };
  }

  /** The text when it can be read, undefined for an absent or refused file. */
  async readText(path: string): Promise<string | undefined> {
    const o = await this.open(path);
    return o.status === 'read' ? o.text : undefined;
  }

  /** A folder's file names (the folder must lie under the root, by text; each file is checked when opened). */
  async list(folder: string): Promise<string[] | undefined> {
    if (!isInside(this.root, folder)) return undefined;
    this.folders.add(folder);
    let names = this.lists.get(folder);
    if (!names) this.lists.set(folder, (names = this.reader.listFiles(folder)));
    return names;
  }

  /** Notes a dependency served without asking the reader (the folder index's cached entries). */
  note(kind: 'file' | 'folder', path: string): void {
    (kind === 'file' ? this.files : this.folders).add(path);
  }

  dependencies(): Dependencies {
    return { files: [...this.files], folders: [...this.folders] };
  }

  private realOf(path: string): Promise<string | undefined> {
    let r = this.reals.get(path);
    if (!r) {
      // A reader that fails to answer is taken to mean "cannot be known": the file is not read.
      r = this.reader.realPath ? this.reader.realPath(path).catch(() => undefined) : Promise.resolve(path);
      this.reals.set(path, r);
    }
    return r;
  }
}
