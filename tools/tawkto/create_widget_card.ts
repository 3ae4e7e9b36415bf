import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, propertyId } from './shapes.js';

// Card fields UNCONFIRMED: type and title required (defensively), as the cards read back carry them.
export default defineTool({
  name: 'tawkto_create_widget_card',
  title: 'Add widget card',
  description: 'Add a card to a widget (widgets.cards.add).',
  method: 'POST',
  path: '/widgets.cards.add',
  resource: 'widget',
  access: 'write',
  sandbox: { collection: 'widget_card' },
  input: z.object({
    propertyId,
    widgetId: id('Widget'),
    type: z.string().describe('Card type, e.g. kb, link'),
    title: z.string().describe('Title'),
    url: z.string().url().describe('Link URL').optional(),
  }),
});
