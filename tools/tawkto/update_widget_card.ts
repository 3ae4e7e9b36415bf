import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, propertyId } from './shapes.js';

// Only "a card id and fields" is known (catalog §3.6, UNCONFIRMED): the create fields.
export default defineTool({
  name: 'tawkto_update_widget_card',
  title: 'Update widget card',
  description: 'Change a widget card (widgets.cards.update).',
  method: 'POST',
  path: '/widgets.cards.update',
  resource: 'widget',
  access: 'write',
  idempotent: true,
  sandbox: { collection: 'widget_card', idArg: 'cardId' },
  input: z.object({
    propertyId,
    cardId: id('Card'),
    type: z.string().describe('As in create_widget_card').optional(),
    title: z.string().describe('Title').optional(),
    url: z.string().url().describe('Link URL').optional(),
  }),
});
