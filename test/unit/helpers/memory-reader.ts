/**
 * An in-memory FileReader for the analysis core: files by absolute forward-slash path. It records
 * every path it is asked for (reads and folder listings), so tests can assert what was never opened.
 */
import type { FileReader } from '../../../src/core/types';

export class MemoryReader implements FileReader {
  readonly files = new Map<string, string>();
  /** Every path passed to readText, in order. */
  readonly reads: string[] = [];
  /** Every folder passed to listFiles, in order. */
  readonly listings: string[] = [];

  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) this.set(path, text);
  }

  set(path: string, text: string): this {
    if (!path.startsWith('/')) throw new Error(`MemoryReader paths must be absolute: ${path}`);
    this.files.set(path, text);
    return this;
  }

  /** Every path the core asked about, reads and listings together. */
  get requested(): string[] {
    return [...this.reads, ...this.listings];
  }

  async readText(path: string): Promise<string | undefined> {
    this.reads.push(path);
    return this.files.get(path);
  }

  async listFiles(folder: string): Promise<string[] | undefined> {
    this.listings.push(folder);
    const prefix = folder.endsWith('/') ? folder : folder + '/';
    let exists = false;
    const names: string[] = [];
    for (const path of this.files.keys()) {
      if (!path.startsWith(prefix)) continue;
      exists = true;
      const rest = path.slice(prefix.length);
      if (!rest.includes('/')) names.push(rest);
    }
    return exists ? names.sort() : undefined;
  }
}
