import { recordActivities } from './record_activities.js';

export default recordActivities('lead', '/leads', 'lead');
