// The per-record activity lists (POST /<entity>/{id}/activities): one tool for the four entities, since
// their requests and answers have one shape (and the per-resource policy is the same: activity).
import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export const activityTypes = z.array(z.object({ id: z.number().int(), category: z.enum(['user', 'system']) })).describe('Activity types');

export default defineTool({
  name: 'copper_list_record_activities',
  title: 'List record activities',
  description: 'Activities logged on one person, company, lead or opportunity.',
  method: 'POST',
  path: '/{entity}/{id}/activities',
  resource: 'activity',
  access: 'read',
  list: true,
  // Body: page_number/page_size (catalog §6); an activity_types filter is shown in one 2019 example
  // only, and left out to keep tools/list within budget (copper_search_activities has it with parent).
  input: z.object({ entity: z.enum(['people', 'companies', 'leads', 'opportunities']).describe('Record type'), id: id('Record') }),
});
