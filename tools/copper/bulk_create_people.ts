import { bulkTool } from './bulk.js';
import { createInput } from './create_person.js';

export default bulkTool('create', 'people', '/people', createInput, 'person');
