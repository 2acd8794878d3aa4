/** The thematic audit: summaries of analysed files -> the report -> Markdown, HTML or JSON. */
export * from './model';
export { summarise, unreadableSummary, failedSummary } from './summary';
export { summariseFile, summariseFiles } from './run';
export { buildReport, childrenOf, measuresOf, MEASURE_IDS } from './measures';
export type { ReportOptions, Child } from './measures';
export { renderMarkdown } from './render-md';
export { renderHtml } from './render-html';
export { result, percent } from './format';
export type { RenderOptions } from './format';
