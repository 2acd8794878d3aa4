/**
 * The core's FileReader over Node's fs, for the command line and its worker threads: the one Node
 * reader. Reads only; never writes or spawns.
 *
 * - Only regular files are read (never a FIFO or a device), and a folder lists its regular files and
 *   its links to regular files (the core checks where each link leads before reading it).
 * - `realPath` resolves every symbolic link (fs.realpath), so the core can refuse a link whose real
 *   location is outside the root.
 * - The calls are synchronous behind the promise interface: in a worker thread nothing else waits,
 *   the promise API's round trips through libuv's thread pool cost a tenth of the audit's time there,
 *   and a synchronous read holds one file open at a time, so no run can exhaust the limit on open
 *   files (`ulimit -n`), however many files it checks.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { FileReader } from '../core/types';

const toPosix = (p: string) => p.replace(/\\/g, '/');

export const nodeReader: FileReader = {
  async readText(path) {
    try {
      return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
  async listFiles(folder) {
    try {
      const entries = readdirSync(folder, { withFileTypes: true });
      const names: string[] = [];
      for (const e of entries) {
        if (e.isFile()) names.push(e.name);
        else if (e.isSymbolicLink() && statSync(`${folder}/${e.name}`, { throwIfNoEntry: false })?.isFile()) names.push(e.name);
      }
      return names;
    } catch {
      return undefined;
    }
  },
  async realPath(path) {
    try {
      return toPosix(realpathSync.native(path));
    } catch {
      return undefined;
    }
  },
};
