// HTTP transport: see issue "Hosting and distribution". Not built yet.
import type { App } from './app.js';
import type { Settings } from './config.js';
import { ConfigError } from './config.js';

export async function serveHttp(_app: App, _settings: Settings): Promise<void> {
  throw new ConfigError('the HTTP transport is not available in this build; use --transport stdio');
}
