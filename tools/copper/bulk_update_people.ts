import { bulkTool } from './bulk.js';
import { updateInput } from './update_person.js';

export default bulkTool('update', 'people', '/people', updateInput, 'person');
