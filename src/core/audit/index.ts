/** The thematic audit: summaries of analysed files -> the report -> Markdown, HTML or JSON. */
export * from './model';
export { summarise, unreadableSummary, failedSummary, outsideSummary } from './summary';
export { summariseFile, summariseFiles, auditWithCache } from './run';
export type { AnalysedFile, CacheStore, CachedAudit, CachedAuditOptions } from './run';
export { isCacheText, parseCache, serialiseCache, CACHE_FORMAT } from './cache';
export { isReportText, MARKDOWN_MARKER } from './own-output';
export type { CacheEntry, CacheProblem } from './cache';
export { DependencyStates, RunReader, webSha256 } from './dependencies';
export type { Dep, Hasher } from './dependencies';
export { buildReport, childrenOf, measuresOf, MEASURE_IDS } from './measures';
export type { ReportOptions, Child } from './measures';
export { renderMarkdown } from './render-md';
export { renderHtml } from './render-html';
export { result, percent } from './format';
export type { RenderOptions } from './format';
