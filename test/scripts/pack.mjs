// `npm run pack`: the Claude Desktop bundle. Builds dist/ (skipped with --no-build, for a dist/ just
// built), stages in a temp dir only what runs — the bundled CLI and its chunks (dist/cli.js,
// dist/chunks/*.js: esbuild bundles every dependency, so no node_modules), manifest.json, icon.png,
// README.md and a minimal package.json ("type": "module", so Node 20 loads dist/cli.js as ESM) —
// and packs that dir with `mcpb pack` (which validates the manifest) to
// dist/switchboard-mcp-<version>.mcpb, or to the path given as the first argument.
// dist/ and *.mcpb are git-ignored: a bundle is never committed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const outArg = args.find((a) => !a.startsWith('--'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
if (manifest.version !== pkg.version) {
  console.error(`manifest.json version ${manifest.version} differs from package.json ${pkg.version}: run npm run manifest`);
  process.exit(1);
}
const mcpbDir = join(root, 'node_modules', '@anthropic-ai', 'mcpb');
const mcpbBin = JSON.parse(readFileSync(join(mcpbDir, 'package.json'), 'utf8')).bin;
const mcpbCli = join(mcpbDir, typeof mcpbBin === 'string' ? mcpbBin : mcpbBin.mcpb);

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

if (build) run(process.execPath, [join(root, 'test', 'scripts', 'build.mjs')], root);
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('dist/cli.js is missing: run npm run build (or drop --no-build)');
  process.exit(1);
}
const stage = mkdtempSync(join(tmpdir(), 'switchboard-mcpb-'));
try {
  for (const f of ['README.md', 'LICENSE', 'icon.png']) if (existsSync(join(root, f))) cpSync(join(root, f), join(stage, f));
  if (existsSync(join(root, 'icon.png'))) manifest.icon ??= 'icon.png';
  writeFileSync(join(stage, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const { name, version, description, license } = pkg;
  writeFileSync(
    join(stage, 'package.json'),
    `${JSON.stringify({ name, version, description, license, type: 'module', private: true }, null, 2)}\n`,
  );
  // The CLI and the chunks it loads on first use; no source maps, no earlier bundles.
  mkdirSync(join(stage, 'dist', 'chunks'), { recursive: true });
  cpSync(join(root, 'dist', 'cli.js'), join(stage, 'dist', 'cli.js'));
  const chunks = join(root, 'dist', 'chunks');
  for (const f of existsSync(chunks) ? readdirSync(chunks) : [])
    if (f.endsWith('.js')) cpSync(join(chunks, f), join(stage, 'dist', 'chunks', f));
  const out = outArg ? resolve(outArg) : join(root, 'dist', `${pkg.name}-${pkg.version}.mcpb`);
  mkdirSync(dirname(out), { recursive: true });
  run(process.execPath, [mcpbCli, 'pack', stage, out], stage);
  console.error(`bundle: ${out}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
