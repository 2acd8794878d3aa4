/** Output formats of `core-group check`: text like other linters, JSON as checks.md says, SARIF 2.1.0. */
import { CHECKS } from '../core/checks';
import type { Finding } from '../core/types';

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

export function toText(results: FileFindings[]): string {
  const lines: string[] = [];
  let errors = 0;
  let others = 0;
  for (const { file, findings } of results) {
    const byLine = [...findings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    for (const f of byLine) {
      lines.push(`${file}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.code}  ${f.severity.padEnd(11)}  ${f.message}`);
      if (f.severity === 'error') errors++;
      else others++;
    }
  }
  const files = results.length;
  lines.push(
    errors + others === 0
      ? `No problems found in ${files} ${files === 1 ? 'file' : 'files'} of minutes.`
      : `${errors + others} ${errors + others === 1 ? 'finding' : 'findings'} (${errors} ${errors === 1 ? 'error' : 'errors'}) in ${files} ${files === 1 ? 'file' : 'files'} of minutes.`,
  );
  return lines.join('\n') + '\n';
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(results: FileFindings[], version: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'core-group',
            version,
            informationUri: 'https://github.com/core-group-minutes/core-group-minutes',
            rules: CHECKS.map((c) => ({
              id: c.code,
              name: c.name,
              shortDescription: { text: c.description },
              defaultConfiguration: { level: SARIF_LEVEL[c.severity] },
              properties: { dimension: c.dimension },
            })),
          },
        },
        results: results.flatMap(({ file, findings }) =>
          findings.map((f) => ({
            ruleId: f.code,
            ruleIndex: CHECKS.findIndex((c) => c.code === f.code),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.replace(/\\/g, '/') },
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
