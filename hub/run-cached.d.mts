/**
 * How a start used V8's code cache: read from it, wrote it (the first start, or V8 refused
 * the old one), or went without for stack traces through source maps.
 */
export type CodeCacheUse = 'used' | 'created' | 'replaced' | 'skipped';

/** Runs a service's CommonJS bundle through V8's code cache (run-cached.mjs). */
export function runCached(bundleUrl: URL): CodeCacheUse;
