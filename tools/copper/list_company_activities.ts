import { recordActivities } from './record_activities.js';

export default recordActivities('company', '/companies', 'company');
