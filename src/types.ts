// Types shared by the registry (which prepares tools) and the executor (which runs them), kept here
// so both import them downward and neither imports the other's module for a type.
import type { Access, ApiDefinition, ToolDeclaration } from './declaration.js';
import type { Upstream } from './upstream.js';

export interface ApiRuntime {
  def: ApiDefinition;
  upstream: Upstream;
  /** The credential values in use (secrets among them are redacted from every output). */
  secrets: string[];
}

export type Annotations = { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };

/**
 * One tool as the build-time table holds it: everything listing, selection, search and refusals need,
 * without its toolset's declarations (zod schemas), which are loaded on its first call.
 */
export interface ToolEntry {
  name: string;
  title: string;
  description: string;
  /** The toolset (API id). */
  api: string;
  resource: string;
  access: Access;
  pathParams: string[];
  annotations: Annotations;
  /** The JSON Schema tools/list shows. */
  inputSchema: Record<string, unknown>;
}

/** Where the catalog finds its tools: the APIs, every tool's entry, and each toolset's declarations on demand. */
export interface ToolSource {
  /** Every API, in listing order (small definitions: credentials, base URL, rate, pagination). */
  apis: ApiDefinition[];
  /** Every tool of every toolset, in listing order. */
  entries: ToolEntry[];
  /** A toolset's declarations, imported on first use. */
  load(api: string): Promise<ToolDeclaration[]>;
  /** A toolset's declarations if already imported (always so when running from source). */
  loaded(api: string): ToolDeclaration[] | undefined;
}
