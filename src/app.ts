// Assembling the server from settings: catalog (what tools, with what upstreams) and executor.
import type { Settings } from './config.js';
import { Executor } from './executor.js';
import { AuditLog } from './audit.js';
import { buildCatalog, type Catalog } from './registry.js';
import { createServerFactory, type ServerFactory } from './server.js';
import { source } from '../tools/index.js';

export interface App {
  catalog: Catalog;
  executor: Executor;
  audit?: AuditLog;
  factory: ServerFactory;
}

export function createApp(settings: Settings): App {
  const catalog = buildCatalog(settings, source);
  const audit = settings.auditLog ? new AuditLog(settings.auditLog) : undefined;
  const executor = new Executor({
    readOnly: settings.readOnly,
    maxResultTokens: settings.maxResultTokens,
    maxPagesPerCall: settings.maxPagesPerCall,
    secrets: catalog.secrets,
    policy: catalog.policy,
    audit,
  });
  const serve = createServerFactory(catalog, executor, settings.readOnly, settings.discovery);
  // Over stdio --agent names who calls for the whole process; over HTTP the token does, per request.
  const factory: ServerFactory = settings.agent ? (opts = {}) => serve({ narrowing: { ...opts.narrowing, agent: settings.agent } }) : serve;
  return { catalog, executor, audit, factory };
}
