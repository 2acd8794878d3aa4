// Types of scripts/code-server.mjs for the TypeScript test code that shares it (test/e2e/).
// The runners themselves (run-host-tests.mjs, start.mjs) are plain Node scripts.
import type { Browser, LaunchOptions } from 'playwright-core';

export const ROOT: string;
export const CODE_SERVER_VERSION: string;
export const CODE_SERVER_PREFIX: string;
export const CHROMIUM: string;
export const CHROMIUM_ARGS: string[];

export function ensureDebianPackages(): void;
/** Idempotent: Debian packages, ripgrep cache, code-server in .vscode-test/. Returns its entry script. */
export function ensureCodeServer(): string;
export function freePort(): Promise<number>;
export function tempHome(prefix: string): { dir: string; env: Record<string, string> };

export interface CodeServer {
  url: string;
  port: number;
  tmpDir: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  output(): string;
  stop(options?: { keepTemp?: boolean }): Promise<void>;
}

export function startCodeServer(options?: {
  folder?: string;
  port?: number;
  host?: string;
  extensionsDir?: string;
  userDataDir?: string;
  env?: Record<string, string>;
  settings?: Record<string, unknown>;
  echo?: boolean;
  healthTimeoutMs?: number;
}): Promise<CodeServer>;

export function launchChromium(options?: LaunchOptions): Promise<Browser>;
export function fetchRemoteAuthority(baseUrl: string, folder: string): Promise<string>;
export function workbenchUrl(baseUrl: string, folder: string, authority?: string, payload?: [string, string][]): string;
export function packagedFiles(): string[];
export function installExtensionCopy(extensionsDir: string): string;

export interface Teardown {
  (): Promise<void>;
  started(): boolean;
}
export function runTeardown(options: {
  tmp: string;
  workspace: string;
  keep: boolean;
  current: () => { browser?: Browser; server?: CodeServer };
}): Teardown;
