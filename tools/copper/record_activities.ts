// The per-record activity lists (POST /<entity>/{id}/activities), one shape for the four entities.
import { z } from 'zod';
import { defineTool, type ToolDeclaration } from '../../src/declaration.js';
import { id } from './shapes.js';

export const activityTypes = z.array(z.object({ id: z.number().int(), category: z.enum(['user', 'system']) })).describe('Activity types');

export const recordActivities = (object: string, path: string, what: string): ToolDeclaration =>
  defineTool({
    name: `copper_list_${object}_activities`,
    title: `List ${what} activities`,
    description: `Activities logged on one ${what}.`,
    method: 'POST', path: `${path}/{id}/activities`, resource: 'activity', access: 'read', list: true,
    // Body: page_number/page_size (catalog §6); an activity_types filter is shown in one 2019 example
    // only, and left out to keep tools/list within budget (copper_search_activities has it with parent).
    input: z.object({ id: id(what[0].toUpperCase() + what.slice(1)) }),
  });
