// `npm run pack`: the Claude Desktop bundle. Builds dist/, stages package.json, the lock file,
// manifest.json, README.md and dist/ (the CLI and its chunks) in a temp dir, installs the production dependencies there
// (npm ci --omit=dev), and packs that dir with `mcpb pack` (which validates the manifest) to
// dist/switchboard-mcp-<version>.mcpb, or to the path given as the first argument.
// dist/ and *.mcpb are git-ignored: a bundle is never committed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
if (manifest.version !== pkg.version) {
  console.error(`manifest.json version ${manifest.version} differs from package.json ${pkg.version}: run npm run manifest`);
  process.exit(1);
}
const mcpbDir = join(root, 'node_modules', '@anthropic-ai', 'mcpb');
const mcpbBin = JSON.parse(readFileSync(join(mcpbDir, 'package.json'), 'utf8')).bin;
const mcpbCli = join(mcpbDir, typeof mcpbBin === 'string' ? mcpbBin : mcpbBin.mcpb);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

run(process.execPath, [join(root, 'test', 'scripts', 'build.mjs')], root);
const stage = mkdtempSync(join(tmpdir(), 'switchboard-mcpb-'));
try {
  for (const f of ['package.json', 'package-lock.json', 'manifest.json', 'README.md', 'LICENSE']) {
    if (existsSync(join(root, f))) cpSync(join(root, f), join(stage, f));
  }
  // The CLI and the chunks it loads on first use; no source maps, no earlier bundles.
  cpSync(join(root, 'dist'), join(stage, 'dist'), { recursive: true, filter: (src) => !/\.(map|mcpb)$/.test(src) });
  run(npm, ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], stage);
  const out = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist', `${pkg.name}-${pkg.version}.mcpb`);
  mkdirSync(dirname(out), { recursive: true });
  run(process.execPath, [mcpbCli, 'pack', stage, out], stage);
  console.error(`bundle: ${out}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
