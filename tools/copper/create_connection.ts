import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';
import { checkStrict } from './shapes.js';
import { linkEnd } from './list_connections.js';

// target has source's shape: listed once, checked strictly here.
const linkEndRef = z
  .record(z.string(), z.unknown())
  .describe('To; as source')
  .superRefine((v, ctx) => checkStrict(linkEnd, v, ctx, []));

export default defineTool({
  name: 'copper_create_connection',
  title: 'Create connection',
  description: 'Link two records through a Connect custom field.',
  method: 'POST',
  path: '/related_links',
  resource: 'connection',
  access: 'write',
  input: z.object({ custom_field_definition_id: id('Connect field'), source: linkEnd.describe('From'), target: linkEndRef }),
});
