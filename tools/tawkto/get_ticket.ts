import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_get_ticket',
  title: 'Get ticket',
  description: 'Get one ticket with its events (ticket.get).',
  method: 'POST',
  path: '/ticket.get',
  resource: 'ticket',
  access: 'read',
  untrusted: 'ticket messages from customers',
  sandbox: { idArg: 'ticketId' },
  input: ref('ticketId', 'Ticket'),
});
