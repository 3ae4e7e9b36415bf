#!/usr/bin/env node
// Entry point: settings → app → transport. Configuration errors end start-up with one clear line.
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { ConfigError, HELP, loadSettings } from './config.js';
import { createApp } from './app.js';
import { log } from './log.js';
import { SERVER_INFO } from './server.js';

async function main() {
  const settings = loadSettings(process.argv.slice(2), process.env);
  if (settings.help) return void process.stdout.write(`${HELP}\n`);
  if (settings.version) return void process.stdout.write(`${SERVER_INFO.version}\n`);
  const app = createApp(settings);
  if (settings.transport === 'http') {
    const { serveHttp } = await import('./http.js');
    await serveHttp(app, settings);
    return;
  }
  serveStdio(() => app.factory(), { onerror: (e) => log('stdio error:', e.message) });
}

main().catch((e) => {
  if (e instanceof ConfigError) log(`configuration error: ${e.message}`);
  else log(`fatal: ${(e as Error)?.stack ?? e}`);
  process.exit(1);
});
