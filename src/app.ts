// Assembling the server from settings: catalog (what tools, with what upstreams) and executor.
import type { Settings } from './config.js';
import { Executor } from './executor.js';
import { buildCatalog, type Catalog } from './registry.js';
import { createServerFactory, type ServerFactory } from './server.js';
import { toolsets } from '../tools/index.js';

export interface App {
  catalog: Catalog;
  executor: Executor;
  factory: ServerFactory;
}

export function createApp(settings: Settings): App {
  const catalog = buildCatalog(settings, toolsets);
  const executor = new Executor({ readOnly: settings.readOnly, maxResultTokens: settings.maxResultTokens, secrets: catalog.secrets });
  return { catalog, executor, factory: createServerFactory(catalog, executor) };
}
