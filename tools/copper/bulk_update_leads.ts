import { bulkTool } from './bulk.js';
import { updateInput } from './update_lead.js';

export default bulkTool('update', 'leads', '/leads', updateInput, 'lead');
