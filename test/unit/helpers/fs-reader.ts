/**
 * The command line's FileReader over Node's fs (src/cli/node-reader.ts), recording every path it is
 * asked for, for fixture folders. Paths are absolute with forward slashes (as the core expects); on
 * Windows they are converted.
 */
import { nodeReader } from '../../../src/cli/node-reader';
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
    return nodeReader.readText(path);
  }

  async listFiles(folder: string): Promise<string[] | undefined> {
    this.listings.push(folder);
    return (await nodeReader.listFiles(folder))?.sort();
  }

  async realPath(path: string): Promise<string | undefined> {
    return nodeReader.realPath!(path);
  }
}
