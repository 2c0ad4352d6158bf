export { HealthOutput } from './health.schemas';
export { getHealth } from './get-health';
