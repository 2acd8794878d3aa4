/**
 * Exporting minutes for sharing: analysed minutes -> the export model for an audience -> Word or
 * HTML bytes, with the version stamp of their content. The command line and the editor are thin
 * front ends over this; nothing here reads or writes a file.
 */
import { basename } from '../paths';
import { buildExport, ExportSource } from './build';
import { familyExport } from './family';
import type { Audience, ExportDocument, ExportFormat } from './model';
import { renderExportDocx } from './render-docx';
import { renderExportHtml } from './render-html';

export type { Audience, ExportDocument, ExportFormat, ExportSource };
export { isOwnExport } from './own';
export { STAMP_PATTERN } from './stamp';

export interface ExportRequest {
  format: ExportFormat;
  audience: Audience;
  /** The tool's version, written into the file's generator marker. */
  version: string;
}

export interface ExportResult {
  bytes: Uint8Array;
  /** The version stamp of the minutes' content (the same whatever the format and audience). */
  stamp: string;
  document: ExportDocument;
}

export const FORMATS: readonly ExportFormat[] = ['docx', 'html'];
export const AUDIENCES: readonly Audience[] = ['professionals', 'family'];

/** The export model of analysed minutes for an audience. */
export function exportModel(src: ExportSource, audience: Audience): ExportDocument {
  const pro = buildExport(src);
  return audience === 'family' ? familyExport(pro, src) : pro;
}

export async function exportMinutes(src: ExportSource, req: ExportRequest): Promise<ExportResult> {
  const document = exportModel(src, req.audience);
  const bytes = req.format === 'docx' ? await renderExportDocx(document, req.version) : new TextEncoder().encode(renderExportHtml(document, req.version));
  return { bytes, stamp: document.stamp, document };
}

/** The version stamp of analysed minutes as they are now. */
export function currentStamp(src: ExportSource): string {
  return buildExport(src).stamp;
}

/** The export's file name beside the minutes: `2026-11-20-core-group.docx`, or `...-family.html`. */
export function exportFileName(minutesPath: string, format: ExportFormat, audience: Audience, n = 1): string {
  const stem = basename(minutesPath).replace(/\.(md|markdown)$/i, '');
  return `${stem}${audience === 'family' ? '-family' : ''}${n > 1 ? `-${n}` : ''}.${format}`;
}
