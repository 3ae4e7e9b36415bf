import { recordActivities } from './record_activities.js';

export default recordActivities('opportunity', '/opportunities', 'opportunity');
