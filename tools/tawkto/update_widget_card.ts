import { defineTool } from '../../src/declaration.js';
import { id, openBody } from './shapes.js';

// Only "a card id and fields" is known (catalog §3.6, UNCONFIRMED): other fields (widgetId…) pass through.
export default defineTool({
  name: 'tawkto_update_widget_card',
  title: 'Update widget card',
  description: 'Change a widget card (widgets.cards.update).',
  method: 'POST', path: '/widgets.cards.update', resource: 'widget', access: 'write',
  idempotent: true,
  sandbox: { collection: 'widget_card', idArg: 'cardId' },
  input: openBody({ cardId: id('Card') }),
});
