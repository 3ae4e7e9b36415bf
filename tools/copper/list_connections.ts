import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

// custom-fields/connect-fields/*.md. Entity types are the docs' own words ("people", "organization"…),
// not the singular record types used elsewhere; whether others are accepted is UNCONFIRMED.
export const linkType = z.enum(['people', 'opportunity', 'lead', 'organization', 'project', 'user']);
export const linkEnd = z.object({ id: z.number().int(), entity_type: linkType });

// The docs' list URL carries all three parameters; whether any may be left out is UNCONFIRMED, so all are required.
export default defineTool({
  name: 'copper_list_connections',
  title: 'List connections',
  description: 'A record’s links in one Connect custom field.',
  method: 'GET',
  path: '/related_links',
  resource: 'connection',
  access: 'read',
  list: { style: 'none' },
  input: z.object({
    custom_field_definition_id: id('Connect field'),
    source_type: linkType.describe('Source type'),
    source_id: id('Source'),
  }),
  filters: {
    custom_field_definition_id: { match: 'equals' },
    source_type: { match: 'equals', field: 'source.entity_type' },
    source_id: { match: 'equals', field: 'source.id' },
  },
});
