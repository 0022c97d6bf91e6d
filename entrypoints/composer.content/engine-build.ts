/**
 * How engine.js is bundled (esbuild options), shared by wxt.config.ts, which ships it, and
 * bench/run.ts, which times exactly what ships.
 */
export const ENGINE_ENTRY = 'entrypoints/composer.content/engine-entry.ts';

export const ENGINE_BUILD_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome110', 'firefox115'],
  minify: true,
  legalComments: 'none',
  logLevel: 'silent',
} as const;
