import { bulkTool } from './bulk.js';
import { createInput } from './create_lead.js';

export default bulkTool('create', 'leads', '/leads', createInput, 'lead');
