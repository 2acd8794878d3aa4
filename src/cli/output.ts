/**
 * Output formats of `core-group check`: text like other linters, JSON as checks.md says, SARIF 2.1.0
 * (typed by @types/sarif). Everything that comes from a document or a path is made safe to print:
 * text output escapes control characters and line breaks (a file name or a `previous:` value cannot
 * forge a line such as "x.md:1:1  CG999  error ..."), JSON escapes what JSON.stringify leaves raw,
 * and SARIF artifact locations are percent-encoded URIs (a `#` or a space in a file name).
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { URI } from 'vscode-uri';
import { CHECKS } from '../core/checks';
import { escapeControls, escapeJson } from '../core/escape';
import { cliMessages } from '../core/messages/cli';
import type { Finding, Severity } from '../core/types';

export interface FileFindings {
  file: string;
  findings: Finding[];
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  name: string;
  severity: string;
  subject: string;
  message: string;
}

export function toJson(results: FileFindings[]): JsonFinding[] {
  return results.flatMap(({ file, findings }) =>
    findings.map((f) => ({
      file,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      code: f.code,
      name: f.name,
      severity: f.severity,
      subject: f.subject,
      message: f.message,
    })),
  );
}

export function toJsonText(results: FileFindings[]): string {
  return escapeJson(JSON.stringify(toJson(results), null, 2)) + '\n';
}

export function toText(results: FileFindings[]): string {
  const lines: string[] = [];
  let errors = 0;
  let others = 0;
  for (const { file, findings } of results) {
    const byLine = [...findings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    for (const f of byLine) {
      lines.push(`${escapeControls(file)}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.code}  ${f.severity.padEnd(11)}  ${escapeControls(f.message)}`);
      if (f.severity === 'error') errors++;
      else others++;
    }
  }
  const files = results.length;
  lines.push(errors + others === 0 ? cliMessages.check.noProblems(files) : cliMessages.check.summary(errors + others, errors, files));
  return lines.join('\n') + '\n';
}

const SARIF_LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * A file as SARIF's artifactLocation.uri: an absolute path becomes a file: URI (vscode-uri, which
 * also knows Windows drive letters and UNC shares); a relative one a relative reference with each
 * segment percent-encoded (vscode-uri has no relative references; encodeURIComponent is the rule).
 */
export function artifactUri(file: string): string {
  const path = file.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) return URI.file(path).toString();
  return path.split('/').map((seg) => (seg === '.' || seg === '..' ? seg : encodeURIComponent(seg))).join('/');
}

export function toSarif(results: FileFindings[], version: string): Log {
  const rules: ReportingDescriptor[] = CHECKS.map((c) => ({
    id: c.code,
    name: c.name,
    shortDescription: { text: c.description },
    defaultConfiguration: { level: SARIF_LEVEL[c.severity] },
    properties: { dimension: c.dimension },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'core-group', version, informationUri: 'https://github.com/core-group-minutes/core-group-minutes', rules } },
        results: results.flatMap(({ file, findings }) =>
          findings.map((f): Result => ({
            ruleId: f.code,
            ruleIndex: CHECKS.findIndex((c) => c.code === f.code),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(file) },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
            partialFingerprints: { subject: `${f.code}/${f.subject}` },
          })),
        ),
      },
    ],
  };
}

export function toSarifText(results: FileFindings[], version: string): string {
  return escapeJson(JSON.stringify(toSarif(results, version), null, 2)) + '\n';
}
