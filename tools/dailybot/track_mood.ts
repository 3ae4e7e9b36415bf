import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day } from './shapes.js';

export default defineTool({
  name: 'dailybot_track_mood',
  title: 'Track mood',
  description: "Record the key owner's mood for a day, once.",
  method: 'POST',
  path: '/mood/track/',
  resource: 'mood',
  access: 'write',
  input: z.object({ score: z.number().int().min(1).max(5).describe('Score'), date: day('Day').optional() }),
});
