// `npm test` runs this first (the `pretest` script): it checks what the suite needs beyond Node and
// `npm ci`, and when something is missing it stops with ONE line naming what to install, before the
// build and the suite run. Nothing is skipped for a missing prerequisite.
//
// It never installs system packages itself: `npm test` is run by developers on their own machines,
// and a test command that quietly runs apt-get (or asks for sudo) changes the machine behind their
// back. It names the exact command instead; CI (.ci/run) is the one place that installs it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(line) {
  console.error(`npm test: ${line}`);
  process.exit(1);
}

// Node ≥ 20.18 (package.json engines).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 18))
  fail(`needs Node ≥ 20.18 (this is ${process.version}): install a current Node LTS from https://nodejs.org`);

// The dev dependencies (the build, vitest, the MCP client).
if (!existsSync(join(root, 'node_modules', 'vitest', 'package.json'))) fail('the dev dependencies are missing: run `npm ci` first');

// redis-server on PATH: test/redis.test.ts and test/scaleout.test.ts run a real Redis for the shared
// rate limits. nginx: test/scaleout.test.ts runs three replicas behind it (Debian installs it in
// /usr/sbin, which is not on a non-root user's PATH there, so that is looked at too).
const runs = (bin, arg) => {
  const r = spawnSync(bin, [arg], { encoding: 'utf8' });
  return !r.error && r.status === 0;
};
const missing = [
  ...(runs('redis-server', '--version') ? [] : [{ name: 'redis-server', brew: 'redis', why: 'test/redis.test.ts runs a real Redis' }]),
  ...(['nginx', '/usr/sbin/nginx', '/usr/local/sbin/nginx'].some((bin) => runs(bin, '-v'))
    ? []
    : [{ name: 'nginx', brew: 'nginx', why: 'test/scaleout.test.ts runs a real load balancer' }]),
];
if (missing.length) {
  const names = missing.map((m) => m.name).join(' ');
  const hasApt = process.platform === 'linux' && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const how = hasApt
    ? isRoot
      ? `\`apt-get update && apt-get install -y ${names}\``
      : `\`sudo apt-get update && sudo apt-get install -y ${names}\``
    : process.platform === 'darwin'
      ? `\`brew install ${missing.map((m) => m.brew).join(' ')}\``
      : 'your package manager (see https://redis.io/docs/latest/operate/oss_and_stack/install/ and https://nginx.org/en/linux_packages.html)';
  const what = missing.map((m) => `${m.name} (${m.why})`).join(' and ');
  fail(
    `${what} ${missing.length > 1 ? 'are' : 'is'} not installed: install ${missing.length > 1 ? 'them' : 'it'} with ${how}, then run npm test again`,
  );
}
