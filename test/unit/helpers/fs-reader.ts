/**
 * A FileReader over Node's fs for fixture folders, recording every path it is asked for. Paths are
 * absolute with forward slashes (as the core expects); on Windows they are converted.
 */
import { promises as fs } from 'node:fs';
import type { FileReader } from '../../../src/core/types';

export function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

export class FsReader implements FileReader {
  readonly reads: string[] = [];
  readonly listings: string[] = [];

  get requested(): string[] {
    return [...this.reads, ...this.listings];
  }

  async readText(path: string): Promise<string | undefined> {
    this.reads.push(path);
    try {
      const st = await fs.stat(path);
      if (!st.isFile()) return undefined;
      return await fs.readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  }

  async listFiles(folder: string): Promise<string[] | undefined> {
    this.listings.push(folder);
    try {
      const entries = await fs.readdir(folder, { withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => e.name).sort();
    } catch {
      return undefined;
    }
  }
}
