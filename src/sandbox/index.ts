// Sandbox mode: every toolset is pointed at an in-process emulator started on first use, with fixed
// sandbox credentials that the emulator checks exactly as the real API would.
import type { ApiDefinition, ToolDeclaration } from '../declaration.js';
import { Emulator } from './emulator.js';

const running = new Map<string, Promise<Emulator>>();

/** Credentials for the API's first auth option, with recognisable non-secret values. */
export function sandboxCredentials(api: ApiDefinition): Record<string, string> {
  return Object.fromEntries(
    api.credentials[0].env.map((n) => [n, /EMAIL/.test(n) ? 'agent@sandbox.example' : `sandbox-${n.toLowerCase().replace(/_/g, '-')}`]),
  );
}

export async function startEmulator(
  api: ApiDefinition,
  tools: ToolDeclaration[],
  opts: Partial<ConstructorParameters<typeof Emulator>[3]> = {},
): Promise<Emulator> {
  const def = await api.sandbox();
  const emulator = new Emulator(api, tools, def, { credentials: sandboxCredentials(api), ...opts });
  await emulator.start();
  return emulator;
}

/** The base URL of this API's sandbox emulator, started once per process. */
export async function sandboxBaseUrl(api: ApiDefinition, tools: ToolDeclaration[]): Promise<string> {
  let e = running.get(api.id);
  if (!e) {
    e = startEmulator(api, tools);
    running.set(api.id, e);
  }
  return (await e).start();
}
