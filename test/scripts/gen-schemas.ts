// Prints every tool's entry (name, title, description, toolset, resource, access, path parameters,
// annotations and listed JSON Schema), all toolsets in listing order, as JSON, for
// test/scripts/build.mjs to embed: the bundle lists and selects from it without importing a toolset.
import { toolEntries } from '../../src/registry.js';
import { toolsets } from '../../tools/index.js';

process.stdout.write(JSON.stringify(toolEntries(toolsets).map((e) => ({ ...e, inputSchema: e.inputSchema }))));
