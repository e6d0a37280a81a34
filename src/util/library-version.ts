/** Replaced by the build (tsup.config.ts) and the tests (vitest.config.ts) with package.json's version. */
declare const __VERSION__: string | undefined;

/**
 * The version of total-comp, as package.json gives it at build time; "unknown" in code that
 * was not built by the project's build (the replacement is a build-time constant, no file is read).
 *
 * @example
 * ```ts
 * LIBRARY_VERSION; // "0.1.0"
 * ```
 */
export const LIBRARY_VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : 'unknown';
