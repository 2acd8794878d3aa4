/**
 * The Audit command's cache, kept in the extension's workspace storage: each file's audit summary with
 * the hashes of every file its analysis read and every folder it listed (earlier minutes, the plan,
 * settings files, the folder searched for earlier minutes). An entry is reused only when all of those
 * are unchanged, the same rule as the command line's --cache. Summaries hold counts, codes, ids and
 * paths, never the minutes' text.
 */
import * as vscode from 'vscode';
import type { FileSummary } from '../core/audit/model';
import type { FileReader } from '../core/types';

type Dep = [path: string, hash: string | null];

interface Entry {
  reads: Dep[];
  listings: Dep[];
  summary: FileSummary;
}

const FORMAT = 1;

async function sha256(text: string): Promise<string> {
  const bytes = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A reader that notes what each analysis reads, so a cached summary knows what it depends on. */
export class RecordingReader implements FileReader {
  private reads: Promise<Dep>[] = [];
  private listings: Promise<Dep>[] = [];

  constructor(private readonly inner: FileReader) {}

  start(): void {
    this.reads = [];
    this.listings = [];
  }

  async finish(): Promise<{ reads: Dep[]; listings: Dep[] }> {
    return { reads: await Promise.all(this.reads), listings: await Promise.all(this.listings) };
  }

  async readText(path: string): Promise<string | undefined> {
    const text = await this.inner.readText(path);
    this.reads.push(text === undefined ? Promise.resolve([path, null]) : sha256(text).then((h) => [path, h]));
    return text;
  }

  async listFiles(folder: string): Promise<string[] | undefined> {
    const names = await this.inner.listFiles(folder);
    this.listings.push(names === undefined ? Promise.resolve([folder, null]) : sha256([...names].sort().join('\n')).then((h) => [folder, h]));
    return names;
  }
}

export class AuditCache {
  private entries = new Map<string, Entry>();
  private readonly fileHashes = new Map<string, Promise<string | null>>();
  private readonly folderHashes = new Map<string, Promise<string | null>>();
  /** How many files the last run analysed afresh (the rest came from the cache). */
  analysed = 0;

  constructor(
    private readonly file: vscode.Uri | undefined,
    private readonly reader: FileReader,
    private readonly version: string,
  ) {}

  async load(): Promise<void> {
    if (!this.file) return;
    try {
      const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file))) as { format?: number; version?: string; entries?: Record<string, Entry> };
      if (data.format === FORMAT && data.version === this.version && data.entries) this.entries = new Map(Object.entries(data.entries));
    } catch {
      this.entries = new Map(); // no cache yet, or an unreadable one: a cold run
    }
  }

  async fresh(path: string): Promise<FileSummary | undefined> {
    const e = this.entries.get(path);
    if (!e) return undefined;
    for (const [p, h] of e.reads) if ((await this.hashOf(this.fileHashes, p, () => this.readHash(p))) !== h) return undefined;
    for (const [f, h] of e.listings) if ((await this.hashOf(this.folderHashes, f, () => this.listHash(f))) !== h) return undefined;
    return e.summary;
  }

  put(path: string, deps: { reads: Dep[]; listings: Dep[] }, summary: FileSummary): void {
    this.analysed++;
    this.entries.set(path, { ...deps, summary });
  }

  async save(keep: Set<string>): Promise<void> {
    if (!this.file) return;
    const entries: Record<string, Entry> = {};
    for (const [p, e] of this.entries) if (keep.has(p)) entries[p] = e;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.file, '..'));
    await vscode.workspace.fs.writeFile(this.file, new TextEncoder().encode(JSON.stringify({ format: FORMAT, version: this.version, entries })));
  }

  private hashOf(map: Map<string, Promise<string | null>>, key: string, make: () => Promise<string | null>): Promise<string | null> {
    let h = map.get(key);
    if (!h) map.set(key, (h = make()));
    return h;
  }

  private async readHash(path: string): Promise<string | null> {
    const text = await this.reader.readText(path);
    return text === undefined ? null : sha256(text);
  }

  private async listHash(folder: string): Promise<string | null> {
    const names = await this.reader.listFiles(folder);
    return names === undefined ? null : sha256([...names].sort().join('\n'));
  }
}
