import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_mood',
  title: 'Get mood',
  description: "The key owner's mood entry for a day.",
  method: 'GET',
  path: '/mood/track/',
  resource: 'mood',
  access: 'read',
  input: z.object({ date: day('Day, default today').optional() }),
});
