// A real redis-server on a loopback port for the tests of shared rate limits (redis.test.ts,
// scaleout.test.ts), with no persistence, and the small wait helpers those tests share.
import { type ChildProcess, spawn } from 'node:child_process';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `cond` until it holds, or fails naming what it waited for. */
export async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 10_000, every = 20) {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(every);
  }
}

export class RedisServer {
  proc?: ChildProcess;
  constructor(readonly port: number) {}
  async start() {
    this.proc = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    this.proc.stdout!.on('data', (d) => {
      out += d;
    });
    const exited = new Promise((_, reject) =>
      this.proc!.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out.slice(-500)}`))),
    );
    exited.catch(() => {}); // a later exit (kill) is not a failure of start()
    await Promise.race([until('redis-server to accept connections', () => /Ready to accept connections/.test(out)), exited]);
  }
  kill() {
    const p = this.proc;
    this.proc = undefined;
    if (!p || p.exitCode !== null) return Promise.resolve();
    return new Promise<void>((r) => {
      p.once('exit', () => r());
      p.kill('SIGKILL');
    });
  }
  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }
}
