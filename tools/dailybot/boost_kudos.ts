import { defineTool } from '../../src/declaration.js';
import { anyId, openBody } from './shapes.js';

export default defineTool({
  name: 'dailybot_boost_kudos',
  title: 'Boost kudos',
  description: 'Boost an existing kudos.',
  method: 'POST',
  path: '/kudos/{id}/boost/',
  resource: 'kudos',
  access: 'write',
  // Body UNCONFIRMED: none is known, so an empty object is sent unless fields are given.
  input: openBody({ id: anyId('Kudos') }),
  untrusted: 'kudos messages from teammates',
});
