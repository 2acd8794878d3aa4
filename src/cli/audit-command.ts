/** `core-group audit`: placeholder until the audit lands; says so plainly. */
import { UsageError } from './usage';

export async function runAudit(_args: string[], _cwd: string): Promise<{ stdout: string; exitCode: number }> {
  throw new UsageError('the audit is not available in this version yet');
}
