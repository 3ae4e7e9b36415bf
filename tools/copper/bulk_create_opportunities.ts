import { bulkTool } from './bulk.js';
import { createInput } from './create_opportunity.js';

export default bulkTool('create', 'opportunities', '/opportunities', createInput, 'opportunity');
