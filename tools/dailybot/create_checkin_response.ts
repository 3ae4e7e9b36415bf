import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day, uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_create_checkin_response',
  title: 'Create check-in response',
  description: "Fill out the key owner's check-in for a day; teammates see it in the report.",
  method: 'POST', path: '/checkins/{checkin_uuid}/responses/', resource: 'checkin_response', access: 'write',
  input: z.object({
    checkin_uuid: uuid('Check-in'),
    responses: z
      .array(z.object({ uuid: z.string(), index: z.number().int(), response: z.unknown() }))
      .min(1)
      .describe('Answers {uuid, index, response}'),
    last_question_index: z.number().int().describe('Last answered index').optional(),
    response_date: day('Day').optional(),
  }),
  sandbox: { op: 'custom' },
});
