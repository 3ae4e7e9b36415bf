import { bulkTool } from './bulk.js';
import { createInput } from './create_company.js';

export default bulkTool('create', 'companies', '/companies', createInput, 'company');
