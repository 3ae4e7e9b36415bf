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
if (major < 20 || (major === 20 && minor < 18)) fail(`needs Node ≥ 20.18 (this is ${process.version}): install a current Node LTS from https://nodejs.org`);

// The dev dependencies (the build, vitest, the MCP client).
if (!existsSync(join(root, 'node_modules', 'vitest', 'package.json'))) fail('the dev dependencies are missing: run `npm ci` first');

// redis-server on PATH: test/redis.test.ts runs a real Redis for the shared rate limits.
const redis = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
if (redis.error || redis.status !== 0) {
  const hasApt = process.platform === 'linux' && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const how = hasApt
    ? (isRoot ? '`apt-get update && apt-get install -y redis-server`' : '`sudo apt-get update && sudo apt-get install -y redis-server`')
    : process.platform === 'darwin'
      ? '`brew install redis`'
      : 'your package manager (see https://redis.io/docs/latest/operate/oss_and_stack/install/)';
  fail(`redis-server is not on PATH (test/redis.test.ts runs a real Redis): install it with ${how}, then run npm test again`);
}
