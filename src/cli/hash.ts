/** SHA-256 through Node's crypto: synchronous, and faster than Web Crypto for the audit's many small texts. */
import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
