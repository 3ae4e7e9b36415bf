import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, propertyId } from './shapes.js';

// Only "a card id" is known (catalog §3.6, UNCONFIRMED).
export default defineTool({
  name: 'tawkto_delete_widget_card',
  title: 'Remove widget card',
  description: 'Remove a widget card (widgets.cards.remove).',
  method: 'POST',
  path: '/widgets.cards.remove',
  resource: 'widget',
  access: 'destructive',
  idempotent: true,
  sandbox: { collection: 'widget_card', idArg: 'cardId' },
  input: z.object({ propertyId, cardId: id('Card') }),
});
