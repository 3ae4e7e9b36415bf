#!/usr/bin/env node
// Entry point: settings → app → transport. Configuration errors end start-up with one clear line.
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { ConfigError, HELP, loadSettings } from './config.js';
import { createApp } from './app.js';
import { limiterStore } from './limiter.js';
import { log } from './log.js';
import { SERVER_INFO } from './server.js';

// A stray rejection inside a library (e.g. a Redis client during an outage) is logged, never fatal.
process.on('unhandledRejection', (e) => log(`unexpected error (the server goes on): ${(e as Error)?.message ?? e}`));

async function main() {
  const settings = loadSettings(process.argv.slice(2), process.env);
  if (settings.help) return void process.stdout.write(`${HELP}\n`);
  if (settings.version) return void process.stdout.write(`${SERVER_INFO.version}\n`);
  const app = createApp(settings);
  // Shared rate limits: Redis is reached and verified now, so a bad SWITCHBOARD_REDIS_URL stops start-up.
  if (settings.redisUrl) await limiterStore(settings).ready();
  if (settings.transport === 'http') {
    const { serveHttp } = await import('./http.js');
    await serveHttp(app, settings);
    return;
  }
  serveStdio(() => app.factory(), { onerror: (e) => log('stdio error:', e.message) });
  // The client is gone when stdin ends: close what could keep the process alive (the Redis connection).
  if (settings.redisUrl) for (const ev of ['end', 'close']) process.stdin.once(ev, () => void app.catalog.close());
}

main().catch((e) => {
  if (e instanceof ConfigError) log(`configuration error: ${e.message}`);
  else log(`fatal: ${(e as Error)?.stack ?? e}`);
  process.exit(1);
});
