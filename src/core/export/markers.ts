/** How an export says it is ours (./own.ts reads them): the HTML generator meta and the Word document's keywords. */
export const HTML_GENERATOR = 'core-group-export';
export const DOCX_MARKER = 'core-group-export';
