// Bundles the CLI into one ESM file: one file to load is the fastest cold start (dist/ is not committed).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  // Optional peers of dependencies that this server never loads.
  external: ['ioredis', 'redis', 'express', '@cfworker/json-schema'],
  define: { 'process.env.SWITCHBOARD_VERSION_OVERRIDE': JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
