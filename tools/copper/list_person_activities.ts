import { recordActivities } from './record_activities.js';

export default recordActivities('person', '/people', 'person');
