// Regenerates manifest.json's `tools` (name + description) and `version` from the registry and
// package.json: every toolset on (sandbox credentials), nothing narrowed, in registration order.
// Run: npm run manifest. test/manifest.test.ts fails when manifest.json is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../src/app.js';
import { loadSettings } from '../../src/config.js';

export async function registeredTools(): Promise<{ name: string; description: string }[]> {
  const app = createApp(loadSettings(['--sandbox'], {}));
  try {
    return app.catalog.tools.map((t) => ({ name: t.name, description: t.description }));
  } finally {
    await app.catalog.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = new URL('../../', import.meta.url);
  const file = new URL('manifest.json', root);
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  manifest.version = pkg.version;
  manifest.tools = await registeredTools();
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  process.stderr.write(`manifest.json: ${manifest.tools.length} tools, version ${manifest.version}\n`);
}
