/**
 * Sportello's domain core: the rules of the four services, written once and run by every store
 * (in memory for the mocks, SQLite, PostgreSQL) and every HTTP layer (msw, the reference server).
 * Browser-safe: it depends only on the SDK (contract types and input checks).
 */
export * from './records';
export * from './ports';
export * from './rules';
export * from './public';
export * from './normalize';
export * from './time';
export { ProblemError, problem, problemBody, problemText, validationError, type ProblemExtras, type ProblemSlug, type ProblemSpec } from './problems';
export { pickLang } from './lang';
export { eventToIcs, escapeText, foldLine } from './ics';
export { FieldChecks } from './checks';
export { canonicalJson, createOnce, fingerprint } from './idempotency';
export * from './services';
export * from './operators';
export * from './operator-ports';
