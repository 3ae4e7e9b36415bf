import { defineTool } from '../../src/declaration.js';
import { id, openBody } from './shapes.js';

// Card fields UNCONFIRMED: they pass through as given.
export default defineTool({
  name: 'tawkto_create_widget_card',
  title: 'Add widget card',
  description: 'Add a card to a widget (widgets.cards.add).',
  method: 'POST', path: '/widgets.cards.add', resource: 'widget', access: 'write',
  sandbox: { collection: 'widget_card' },
  input: openBody({ widgetId: id('Widget') }),
});
