import { bulkTool } from './bulk.js';
import { updateInput } from './update_company.js';

export default bulkTool('update', 'companies', '/companies', updateInput, 'company');
