// Shared pieces of the benchmarks: statistics, the built CLI as an MCP server over stdio, Copper
// emulators in this process, and the machine description for BENCHMARKS.md.
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Emulator, type EmulatorOptions } from '../../src/sandbox/emulator.js';
import { toolsets } from '../../tools/index.js';
import { TEST_CREDENTIALS } from '../harness.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CLI = `${ROOT}dist/cli.js`;

/** The yardstick: a one-tool SDK v2 server (fixtures/bare-server.ts), bundled with the CLI's own esbuild options. */
export const BARE = `${ROOT}node_modules/.cache/switchboard-bench/bare.js`;

/** The same one-tool server over Streamable HTTP, both eras (fixtures/bare-http.ts); argument: the port. */
export const BARE_HTTP = `${ROOT}node_modules/.cache/switchboard-bench/bare-http.js`;

export async function buildBare() {
  const { bundleOptions } = (await import(`${ROOT}test/scripts/build.mjs` as string)) as { bundleOptions: Record<string, unknown> };
  const outdir = `${ROOT}node_modules/.cache/switchboard-bench`;
  mkdirSync(outdir, { recursive: true });
  // One build each: built together, splitting would share chunks between them and change the stdio yardstick.
  for (const [name, file] of [
    ['bare', 'bare-server.ts'],
    ['bare-http', 'bare-http.ts'],
  ]) {
    await build({ ...bundleOptions, entryPoints: { [name]: `${ROOT}test/bench/fixtures/${file}` }, outdir, sourcemap: false } as Parameters<
      typeof build
    >[0]);
  }
}

/** Spawns `node <args>` serving HTTP on `port` and waits for GET /healthz. */
export async function startHttp(args: string[], port: number, env: Record<string, string> = {}) {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, args, { env: { ...baseEnv(), ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => {
    err += d;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`HTTP server ${args.join(' ')} exited: ${err}`);
    if (i > 200) throw new Error(`HTTP server ${args.join(' ')} did not come up: ${err}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* not yet */
    }
    await sleep(50);
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
}
export { median } from '../tokens.js';

export { freePort } from '../net.js';

/** Only what a server needs: no credentials of the machine's own environment leak into a run. */
export const baseEnv = () => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' });

export interface StdioServer {
  client: Client;
  transport: StdioClientTransport;
  pid: number;
  close(): Promise<void>;
}

/** Spawns `node <args>` and connects the SDK client over stdio (2025 era, as Claude Desktop does). */
export async function connectStdio(args: string[], env: Record<string, string> = {}): Promise<StdioServer> {
  const transport = new StdioClientTransport({ command: process.execPath, args, env: { ...baseEnv(), ...env }, stderr: 'ignore' });
  const client = new Client({ name: 'switchboard-bench', version: '1.0.0' });
  await client.connect(transport);
  return { client, transport, pid: transport.pid!, close: () => client.close().catch(() => {}) };
}

export const copper = toolsets.find((t) => t.api.id === 'copper')!;
export const COPPER_BASE_PATH = new URL(copper.api.baseUrl.default).pathname.replace(/\/$/, '');

/** A Copper emulator in this process, and the environment pointing a server at it with the same rate. */
export async function copperUpstream(rate: string, opts: Partial<EmulatorOptions> = {}) {
  const emulator = new Emulator(copper.api, copper.tools, await copper.api.sandbox(), {
    credentials: TEST_CREDENTIALS.copper,
    basePath: COPPER_BASE_PATH,
    rateLimit: rate,
    ...opts,
  });
  const origin = await emulator.start();
  const env = { ...TEST_CREDENTIALS.copper, COPPER_BASE_URL: origin + COPPER_BASE_PATH, COPPER_RATE_LIMIT: rate };
  return { emulator, origin, env };
}

/** Small Copper people records, `n` of them, as a seed. */
export const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: 10_000 + i,
    name: `Person ${String(i).padStart(5, '0')}`,
    emails: [{ email: `p${i}@bench.example`, category: 'work' }],
  }));

export function machine() {
  const cpus = os.cpus();
  let pkg = '';
  try {
    pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version;
  } catch {
    /* */
  }
  return {
    cpu: `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    version: pkg,
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}

/** Resident set size of a process, in MB, from /proc (Linux). */
export function rssMB(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

export interface Figure {
  /** Section of BENCHMARKS.md. */
  bench: string;
  name: string;
  value: string;
  goal: string;
  /** undefined = informational, no goal. */
  met?: boolean;
}

export function log(...parts: unknown[]) {
  process.stderr.write(`[bench] ${parts.map(String).join(' ')}\n`);
}
