/** The core's FileReader over Node's fs, for the command line. Reads only; never writes or spawns. */
import { promises as fs } from 'node:fs';
import type { FileReader } from '../core/types';

export const nodeReader: FileReader = {
  async readText(path) {
    try {
      const st = await fs.stat(path);
      if (!st.isFile()) return undefined;
      return await fs.readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  async listFiles(folder) {
    try {
      const entries = await fs.readdir(folder, { withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => e.name);
    } catch {
      return undefined;
    }
  },
};
