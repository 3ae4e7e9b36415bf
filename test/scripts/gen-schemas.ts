// Prints every tool's listed JSON Schema (all toolsets) as JSON, for test/scripts/build.mjs to embed.
import { loadSettings } from '../../src/config.js';
import { buildCatalog, schemaTable } from '../../src/registry.js';
import { toolsets } from '../../tools/index.js';

const catalog = buildCatalog(loadSettings(['--sandbox'], {}), toolsets);
process.stdout.write(JSON.stringify(schemaTable(catalog)));
