import { bulkTool } from './bulk.js';
import { createInput } from './create_activity.js';

export default bulkTool('create', 'activities', '/activities', createInput, 'activity');
