// Bundles the CLI (dist/ is not committed). One bundle for what every start needs, so start-up reads
// few files; code only some runs need is split into chunks loaded on first use (dist/chunks/): each
// toolset's declarations (their zod schemas, imported on the first call of one of its tools; see
// tools/index.ts), the HTTP transport with its legacy SSE stack (stdio never loads it), ioredis (only
// with SWITCHBOARD_REDIS_URL), the sandbox data (only with --sandbox). test/bench builds its one-tool
// yardstick server with these same options.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** esbuild options shared by the CLI and the benchmark fixture. */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  // Optional peers of dependencies that this server never loads.
  external: ['redis', 'express', '@cfworker/json-schema'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
};

/** Every tool's entry with its listed JSON Schema, computed from source by test/scripts/gen-schemas.ts. */
function toolTable() {
  const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
  return execFileSync(process.execPath, [tsx, fileURLToPath(new URL('./gen-schemas.ts', import.meta.url))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

export async function buildCli(outdir = 'dist') {
  rmSync(new URL(`../../${outdir}/chunks`, import.meta.url), { recursive: true, force: true });
  await build({
    ...bundleOptions,
    entryPoints: { cli: 'src/cli.ts' },
    outdir,
    define: {
      'process.env.SWITCHBOARD_VERSION_OVERRIDE': JSON.stringify(pkg.version),
      // Every tool's entry and listed JSON Schema, converted now from the same declarations
      // (src/registry.ts toolEntries): start-up lists and selects from it, and imports a toolset's
      // declarations (a chunk each, tools/index.ts) only when one of its tools is called.
      __TOOL_TABLE__: JSON.stringify(toolTable()),
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
