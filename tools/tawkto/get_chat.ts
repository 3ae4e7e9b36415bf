import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_get_chat',
  title: 'Get chat',
  description: 'Get one chat with its messages (chat.get).',
  method: 'POST',
  path: '/chat.get',
  resource: 'chat',
  access: 'read',
  untrusted: 'chat messages from website visitors',
  sandbox: { idArg: 'chatId' },
  input: ref('chatId', 'Chat'),
});
