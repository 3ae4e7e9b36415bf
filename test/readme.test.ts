// The README promises what the code does: its tool table is generated from the declarations and
// every setting the code reads is documented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTable } from './scripts/gen-readme.js';
import { toolsets } from '../tools/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('has an up-to-date tool table (run `npx tsx test/scripts/gen-readme.ts`)', () => {
    expect(readme).toBe(withTable(readme));
    for (const { tools } of toolsets) for (const t of tools) expect(readme).toContain(`\`${t.name}\``);
  });

  it('documents every setting the server reads', () => {
    const config = readFileSync(new URL('../src/config.ts', import.meta.url), 'utf8');
    const names = new Set([...config.matchAll(/\b(SWITCHBOARD_[A-Z_]+)\b/g)].map((m) => m[1]));
    for (const { api } of toolsets) {
      names.add(api.baseUrl.env).add(api.rateLimit.env);
      for (const c of api.credentials) for (const n of c.env) names.add(n);
    }
    for (const n of names) expect(readme, n).toContain(n);
  });

  it('states the two commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
