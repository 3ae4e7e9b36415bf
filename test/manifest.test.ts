// The Claude Desktop bundle manifest (MCPB manifest_version 0.3): its tools list equals the tools the
// server registers with every toolset on, every user_config value reaches a setting the server reads,
// every credential has a (sensitive) user_config entry, and `mcpb validate` accepts the file.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadSettings } from '../src/config.js';
import { toolsets } from '../tools/index.js';
import { registeredTools } from './scripts/manifest.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const configSource = readFileSync(join(root, 'src', 'config.ts'), 'utf8');
const env: Record<string, string> = manifest.server.mcp_config.env;
const userConfig: Record<string, { type: string; sensitive?: boolean; description: string; title: string }> = manifest.user_config;
const placeholder = /^\$\{user_config\.([A-Za-z0-9_]+)\}$/;

const credentialOptions = toolsets.flatMap((t) => t.api.credentials);
const credentialVars = new Set(credentialOptions.flatMap((o) => o.env));
const secretVars = new Set(credentialOptions.flatMap((o) => o.secret));

describe('manifest.json', () => {
  it('lists exactly the tools registered with every toolset on (npm run manifest regenerates it)', async () => {
    const registered = await registeredTools();
    expect(registered.length).toBe(toolsets.reduce((n, t) => n + t.tools.length, 0));
    expect(manifest.tools, 'manifest.json is stale: run npm run manifest').toEqual(registered);
  });

  it('is MCPB 0.3 for the node entry point that package.json ships', () => {
    expect(manifest.manifest_version).toBe('0.3');
    expect(manifest.name).toBe(pkg.name);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.server.type).toBe('node');
    expect(manifest.server.entry_point).toBe(pkg.bin['switchboard-mcp']);
    expect(manifest.server.mcp_config.command).toBe('node');
    expect(manifest.server.mcp_config.args).toEqual([`\${__dirname}/${manifest.server.entry_point}`]);
    expect(manifest.compatibility.runtimes.node).toBe('>=20.18.0');
    expect(pkg.engines.node).toBe('>=20.18');
    expect(manifest.privacy_policies).toHaveLength(4);
  });

  it('every user_config value reaches a variable the server reads, and every key is used', () => {
    const used = new Set<string>();
    for (const [name, value] of Object.entries(env)) {
      const m = placeholder.exec(value);
      expect(m, `${name} should be a \${user_config.*} placeholder`).not.toBeNull();
      expect(userConfig[m![1]], `${name} → user_config.${m![1]}`).toBeDefined();
      used.add(m![1]);
      const read = credentialVars.has(name) || new RegExp(`\\b${name}\\b`).test(configSource);
      expect(read, `${name} is neither a credential variable of a toolset nor read in src/config.ts`).toBe(true);
    }
    expect([...used].sort()).toEqual(Object.keys(userConfig).sort());
    for (const [key, option] of Object.entries(userConfig)) {
      expect(option.title.length, key).toBeGreaterThan(3);
      expect(option.description.length, key).toBeGreaterThan(20);
    }
  });

  it('every credential of every toolset has a user_config entry; secrets are sensitive, the Copper email is not', () => {
    const envFor = (variable: string) => Object.entries(env).find(([name]) => name === variable);
    for (const variable of credentialVars) {
      const entry = envFor(variable);
      expect(entry, `${variable} has no user_config`).toBeDefined();
      const key = placeholder.exec(entry![1])![1];
      expect(userConfig[key].type).toBe('string');
      expect(Boolean(userConfig[key].sensitive), `${variable} sensitive`).toBe(secretVars.has(variable));
    }
    expect(userConfig.copper_user_email.sensitive).toBe(false);
    for (const v of [
      'COPPER_API_KEY',
      'COPPER_USER_EMAIL',
      'COPPER_ACCESS_TOKEN',
      'COPILOT_API_KEY',
      'TAWK_API_KEY',
      'TAWK_ACCESS_TOKEN',
      'DAILYBOT_API_KEY',
      'SWITCHBOARD_READ_ONLY',
      'SWITCHBOARD_TOOLSETS',
    ]) {
      expect(env[v], v).toBeDefined();
    }
  });

  it('starts as Claude Desktop would run it: unset values arrive as literal placeholders and count as unset', async () => {
    // Claude Desktop substitutes what the user set and leaves `${user_config.x}` for what they did not.
    const asDesktop = (set: Record<string, string>) =>
      Object.fromEntries(Object.entries(env).map(([name, value]) => [name, set[placeholder.exec(value)![1]] ?? value]));
    const sandbox = loadSettings([], asDesktop({ sandbox: 'true', read_only: 'true', toolsets: 'copper,dailybot' }));
    expect(sandbox.readOnly).toBe(true);
    const app = createApp(sandbox);
    expect(new Set(app.catalog.tools.map((t) => t.exec.api.def.id))).toEqual(new Set(['copper', 'dailybot']));
    expect(app.catalog.tools.every((t) => t.exec.decl.access === 'read')).toBe(true);
    await app.catalog.close();
    const copperOnly = loadSettings(
      [],
      asDesktop({ copper_api_key: 'k', copper_user_email: 'me@example.com', read_only: 'false', toolsets: '', sandbox: 'false' }),
    );
    expect(copperOnly.env.COPILOT_API_KEY).toBeUndefined();
    const app2 = createApp(copperOnly);
    expect(new Set(app2.catalog.tools.map((t) => t.exec.api.def.id))).toEqual(new Set(['copper']));
    await app2.catalog.close();
  });

  it('passes `mcpb validate`', async () => {
    const mcpbDir = join(root, 'node_modules', '@anthropic-ai', 'mcpb');
    const bin = JSON.parse(readFileSync(join(mcpbDir, 'package.json'), 'utf8')).bin;
    const cli = join(mcpbDir, typeof bin === 'string' ? bin : bin.mcpb);
    const r = await new Promise<{ code: number; out: string }>((resolve) =>
      execFile(process.execPath, [cli, 'validate', join(root, 'manifest.json')], { timeout: 60_000 }, (e, stdout, stderr) =>
        resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
      ),
    );
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/validation passes/i);
  });
});
