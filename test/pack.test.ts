// What a user installs, installed the way a user does, on a copy of this tree (so the build run by
// `npm pack` never rewrites the dist/ other test files are using):
// - `npm pack` (its `prepack` builds) makes a tarball with no runtime dependencies and only the
//   bundled CLI; installed into an empty folder with no registry (`npm install --offline`), its bin
//   answers tools/list over stdio and over HTTP, and `npx -y ./<tarball> --sandbox` runs too.
// - `npm run pack` (test/scripts/pack.mjs) makes a lean .mcpb: a handful of files (the bundled CLI,
//   manifest, icon, README, package.json), no node_modules; `mcpb` unpacks and validates it, and the
//   unpacked server, started as Claude Desktop starts it, lists every tool.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolsets } from '../tools/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const allToolCount = toolsets.reduce((n, t) => n + t.tools.length, 0);
const work = mkdtempSync(join(tmpdir(), 'switchboard-pack-'));
const stage = join(work, 'tree');
// Only Node on PATH first (this Node), then the system for `sh`/`npm`; no npm_* variables from `npm test`.
const PATH = [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter);
const cleanEnv = (extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)) as [string, string][]),
  PATH,
  npm_config_cache: join(work, 'npm-cache'),
  npm_config_update_notifier: 'false',
  ...extra,
});

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr}${r.error ?? ''}`);
  return r.stdout;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function listOverStdio(command: string, args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const client = new Client({ name: 'pack-test', version: '1.0.0' });
  let err = '';
  const transport = new StdioClientTransport({ command, args, cwd: opts.cwd, env: opts.env ?? { PATH }, stderr: 'pipe' });
  transport.stderr?.on('data', (d) => {
    err += d;
  });
  try {
    await client.connect(transport);
    return (await client.listTools()).tools;
  } catch (e) {
    throw new Error(`${command} ${args.join(' ')}: ${(e as Error).message}\n${err}`);
  } finally {
    await client.close().catch(() => {});
  }
}

let tarball: string;

beforeAll(() => {
  // The tree as a clone has it: no dist/, no bundles; node_modules linked from this checkout.
  cpSync(root, stage, {
    recursive: true,
    filter: (src) => !/^(node_modules|dist|\.git|coverage)$/.test(relative(root, src).split(/[\\/]/)[0]) && !src.endsWith('.mcpb'),
  });
  symlinkSync(join(root, 'node_modules'), join(stage, 'node_modules'), 'dir');
  mkdirSync(join(work, 'out'));
  run('npm', ['pack', '--pack-destination', join(work, 'out')], stage);
  const made = readdirSync(join(work, 'out')).filter((f) => f.endsWith('.tgz'));
  expect(made).toEqual([`${pkg.name}-${pkg.version}.tgz`]);
  tarball = join(work, 'out', made[0]);
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  it('builds on prepack and ships only the bundled CLI, README and package.json, with no dependencies or install scripts', () => {
    expect(pkg.scripts.prepack).toMatch(/npm run build/);
    const listing = run('tar', ['-tzf', tarball], work)
      .trim()
      .split('\n')
      .map((f) => f.replace(/^package\//, ''))
      .sort();
    expect(listing).toContain('dist/cli.js');
    for (const f of listing) expect(f).toMatch(/^(package\.json|README\.md|dist\/cli\.js|dist\/chunks\/[\w-]+\.js)$/);
    // The CLI, its lazily loaded chunks (HTTP, Redis, sandbox, one per toolset, shared code) and the README.
    expect(listing.length).toBeLessThan(30);
    expect(statSync(tarball).size).toBeLessThan(2_000_000);
    const shipped = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], work));
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies'])
      expect(shipped[field], field).toBeUndefined();
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(shipped.scripts?.[script], script).toBeUndefined();
    expect(shipped.bin).toEqual({ 'switchboard-mcp': 'dist/cli.js' });
  });

  describe('installed from the tarball into an empty folder, with no registry', () => {
    const prefix = join(work, 'user');
    let bin: string;
    beforeAll(() => {
      mkdirSync(prefix);
      run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], prefix);
      bin = join(prefix, 'node_modules', '.bin', 'switchboard-mcp');
      // Nothing but the package itself was installed: the bundle carries its dependencies.
      expect(readdirSync(join(prefix, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['switchboard-mcp']);
      expect(existsSync(join(prefix, 'node_modules', 'switchboard-mcp', 'node_modules'))).toBe(false);
    }, 120_000);

    it('its bin lists every tool over stdio (--sandbox)', async () => {
      const tools = await listOverStdio(bin, ['--sandbox'], { cwd: prefix });
      expect(tools).toHaveLength(allToolCount);
      expect(tools.map((t) => t.name)).toContain('copper_get_person');
    });

    it('its bin serves HTTP (the transport chunk loads from the package)', async () => {
      const child: ChildProcess = spawn(bin, ['--sandbox', '--transport', 'http', '--port', '0'], {
        cwd: prefix,
        env: { PATH },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      try {
        let err = '';
        const url = await new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no HTTP server: ${err}`)), 20_000);
          child.stderr!.setEncoding('utf8').on('data', (c: string) => {
            err += c;
            const m = /listening on (http:\/\/\S+\/mcp)/.exec(err);
            if (m) {
              clearTimeout(timer);
              resolve(m[1]);
            }
          });
          child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`exited ${code}: ${err}`));
          });
        });
        const client = new Client({ name: 'pack-test', version: '1.0.0' });
        await client.connect(new StreamableHTTPClientTransport(new URL(url)));
        expect((await client.listTools()).tools).toHaveLength(allToolCount);
        await client.close();
      } finally {
        child.kill('SIGTERM');
      }
    });
  });

  it('`npx -y ./<tarball> --sandbox` runs it, offline', async () => {
    const tools = await listOverStdio('npx', ['-y', '--offline', `./${pkg.name}-${pkg.version}.tgz`, '--sandbox'], {
      cwd: join(work, 'out'),
      env: cleanEnv(),
    });
    expect(tools).toHaveLength(allToolCount);
  }, 120_000);
});

describe('the MCPB bundle (npm run pack)', () => {
  const bundle = join(work, 'switchboard.mcpb');
  const unpacked = join(work, 'unpacked');
  const mcpbDir = join(root, 'node_modules', '@anthropic-ai', 'mcpb');
  const mcpbBin = JSON.parse(readFileSync(join(mcpbDir, 'package.json'), 'utf8')).bin;
  const mcpb = join(mcpbDir, typeof mcpbBin === 'string' ? mcpbBin : mcpbBin.mcpb);

  beforeAll(() => {
    // dist/ in the staged tree was just built by npm pack's prepack.
    run(process.execPath, [join(stage, 'test', 'scripts', 'pack.mjs'), bundle, '--no-build'], stage);
    run(process.execPath, [mcpb, 'unpack', bundle, unpacked], work);
  }, 120_000);

  it('at most 30 files, under 1.5 MB: the bundled CLI, manifest with icon, README; no node_modules, no source maps', () => {
    expect(statSync(bundle).size).toBeLessThan(1_500_000);
    const list = files(unpacked);
    // The bundled CLI and its lazily loaded chunks, manifest, icon, README, package.json.
    expect(list.length, list.join('\n')).toBeLessThanOrEqual(30);
    for (const f of ['manifest.json', 'icon.png', 'README.md', 'package.json', 'dist/cli.js']) expect(list).toContain(f);
    for (const f of list)
      expect(f).toMatch(/^(manifest\.json|icon\.png|README\.md|LICENSE|package\.json|dist\/cli\.js|dist\/chunks\/[\w-]+\.js)$/);
    const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8'));
    expect(manifest.icon).toBe('icon.png');
    expect(readFileSync(join(unpacked, 'icon.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')).type).toBe('module');
  });

  it('its manifest passes `mcpb validate`', () => {
    expect(run(process.execPath, [mcpb, 'validate', join(unpacked, 'manifest.json')], work)).toMatch(/validation passes/i);
  });

  it('the unpacked server, started as Claude Desktop starts it (sandbox on, the rest unset), lists every tool', async () => {
    const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8'));
    const { command, args, env } = manifest.server.mcp_config as { command: string; args: string[]; env: Record<string, string> };
    expect(command).toBe('node');
    const set: Record<string, string> = { sandbox: 'true' };
    const desktopEnv = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [k, v.replace(/^\$\{user_config\.(\w+)\}$/, (whole, key: string) => set[key] ?? whole)]),
    );
    const tools = await listOverStdio(
      process.execPath,
      args.map((a) => a.replace('${__dirname}', unpacked)),
      { cwd: work, env: { PATH, ...desktopEnv } },
    );
    expect(tools).toHaveLength(allToolCount);
  });
});
