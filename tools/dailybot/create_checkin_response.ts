import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day, uuid, value } from './shapes.js';

export default defineTool({
  name: 'dailybot_create_checkin_response',
  title: 'Create check-in response',
  description: "Answer the key owner's check-in; teammates see it.",
  method: 'POST',
  path: '/checkins/{checkin_uuid}/responses/',
  resource: 'checkin_response',
  access: 'write',
  input: z.object({
    checkin_uuid: uuid('Check-in'),
    responses: z
      .array(
        z.object({
          uuid: z.string().describe('Question UUID'),
          index: z.number().int().describe('Question index'),
          response: value.describe('Answer'),
        }),
      )
      .min(1)
      .describe('Answers'),
    last_question_index: z.number().int().describe('Last index').optional(),
    response_date: day('Day').optional(),
  }),
});
