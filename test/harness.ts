// Test wiring: real emulators on loopback HTTP, the real server built from settings, and the SDK's
// real Client connected in memory (2025 era) or through createMcpHandler (2026-07-28 era).
import { Client, InMemoryTransport, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { createMcpHandler } from '@modelcontextprotocol/server';
import { loadSettings } from '../src/config.js';
import { createApp, type App } from '../src/app.js';
import { Executor, type ExecutorOptions } from '../src/executor.js';
import { createServerFactory, type Narrowing } from '../src/server.js';
import { Emulator, type EmulatorOptions } from '../src/sandbox/emulator.js';
import { toolsets } from '../tools/index.js';

/** Distinctive credential values: tests assert none of them ever shows up in output. */
export const TEST_CREDENTIALS: Record<string, Record<string, string>> = {
  copper: { COPPER_API_KEY: 'cu-key-S3CRET-7f3a9c41', COPPER_USER_EMAIL: 'agent@copper-test.example' },
  copilot: { COPILOT_API_KEY: 'cp-key-S3CRET-99b2e1d0' },
  tawkto: { TAWK_API_KEY: 'tk-key-S3CRET-4c0ffee5' },
  dailybot: { DAILYBOT_API_KEY: 'db-key-S3CRET-1de2a7b8' },
};
export const ALL_SECRETS = Object.values(TEST_CREDENTIALS).flatMap((c) =>
  Object.entries(c)
    .filter(([k]) => /KEY|TOKEN/.test(k))
    .map(([, v]) => v),
);

export interface Harness {
  client: Client;
  app: App;
  emulators: Record<string, Emulator>;
  emulator: Emulator;
  call(
    name: string,
    args?: Record<string, unknown>,
    options?: Parameters<Client['callTool']>[1],
  ): Promise<{ isError?: boolean; text: string; json: any; blocks: string[] }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  apis?: string[];
  /** Extra CLI flags (e.g. --read-only). */
  args?: string[];
  env?: Record<string, string>;
  emulator?: Partial<EmulatorOptions>;
  /** Rate limit the server applies (the emulator enforces the API default unless emulator.rateLimit is set). */
  rateLimit?: string;
  era?: 'legacy' | 'modern';
  /** Credentials the server is given (default TEST_CREDENTIALS); the emulator accepts `emulatorCredentials`. */
  credentials?: Record<string, string>;
  emulatorCredentials?: Record<string, string>;
  /** Build the app but register every tool with a read-only executor (proves the executor's lock alone). */
  executorOnlyReadOnly?: boolean;
  /** Register every selected tool, but give the executor these options (e.g. a policy): the call-time check alone. */
  executor?: Partial<ExecutorOptions>;
  /** Bind the server with this narrowing, as an HTTP request's headers would. */
  narrowing?: Narrowing;
}

export async function startHarness(o: HarnessOptions = {}): Promise<Harness> {
  const apis = o.apis ?? ['copper'];
  const emulators: Record<string, Emulator> = {};
  const env: Record<string, string> = {};
  for (const id of apis) {
    const set = toolsets.find((t) => t.api.id === id)!;
    const credentials = o.credentials ?? TEST_CREDENTIALS[id];
    const basePath = new URL(set.api.baseUrl.default).pathname.replace(/\/$/, '');
    const e = new Emulator(set.api, set.tools, await set.api.sandbox(), {
      credentials: o.emulatorCredentials ?? credentials,
      basePath,
      ...o.emulator,
    });
    const url = await e.start();
    emulators[id] = e;
    Object.assign(env, credentials, { [set.api.baseUrl.env]: url + basePath });
    if (o.rateLimit) env[set.api.rateLimit.env] = o.rateLimit;
  }
  const settings = loadSettings(o.args ?? [], { ...env, ...o.env });
  let app = createApp(settings);
  if (o.executorOnlyReadOnly || o.executor) {
    // Every tool registered, but the executor told otherwise: only the call-time check stands.
    const executor = new Executor({
      readOnly: !!o.executorOnlyReadOnly,
      maxResultTokens: settings.maxResultTokens,
      secrets: app.catalog.secrets,
      ...o.executor,
    });
    app = { ...app, executor, factory: createServerFactory(app.catalog, executor) };
  }
  const bind = () => app.factory({ narrowing: o.narrowing });
  let client: Client;
  let closeServer: () => Promise<void>;
  if (o.era === 'modern') {
    const handler = createMcpHandler(bind);
    client = new Client({ name: 'test', version: '1.0.0' }, { versionNegotiation: { mode: { pin: '2026-07-28' } } });
    await client.connect(
      new StreamableHTTPClientTransport(new URL('http://test.local/mcp'), { fetch: (url, init) => handler.fetch(new Request(url, init)) }),
    );
    closeServer = () => handler.close();
  } else {
    const [clientT, serverT] = InMemoryTransport.createLinkedPair();
    const server = bind();
    await server.connect(serverT);
    client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(clientT);
    closeServer = () => server.close();
  }
  const call: Harness['call'] = async (name, args = {}, options) => {
    const r = (await client.callTool({ name, arguments: args }, options)) as {
      isError?: boolean;
      content: { type: string; text: string }[];
    };
    const text = r.content.map((c) => c.text).join('\n');
    let json: any;
    try {
      json = JSON.parse(r.content[r.content.length - 1].text);
    } catch {
      json = undefined;
    } // the data block is last
    return { isError: r.isError, text, json, blocks: r.content.map((c) => c.text) };
  };
  return {
    client,
    app,
    emulators,
    emulator: emulators[apis[0]],
    call,
    async close() {
      await client.close().catch(() => {});
      await closeServer().catch(() => {});
      await app.catalog.close();
      await app.audit?.close();
      await o.executor?.audit?.close();
      await Promise.all(Object.values(emulators).map((e) => e.stop()));
    },
  };
}
