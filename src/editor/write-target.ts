/**
 * Whether the editor may write a file it creates or changes beside the minutes (an export, the
 * team's `.coregroup.json`): vscode.workspace.fs.writeFile follows symbolic links, so a link placed
 * there could lead the write out of the workspace folder. Allowed: a path whose real location is
 * inside the workspace folder, or a path with nothing at it in a folder that is. Refused: a link that
 * leads outside, and a broken link (writing would create a file wherever it points).
 */
import type * as vscode from 'vscode';
import { dirname } from '../core/paths';
import { Session } from '../core/session';
import type { MinutesService } from './minutes-service';

export async function mayWriteAt(service: MinutesService, minutes: vscode.Uri, path: string): Promise<boolean> {
  const reader = service.readerFor(minutes);
  const session = new Session(reader, service.rootOf(minutes));
  const at = await session.locate(path);
  if (at.where !== 'missing') return at.where === 'inside';
  if (await reader.isThere(path)) return false; // a broken link
  return (await session.locate(dirname(path))).where === 'inside';
}
