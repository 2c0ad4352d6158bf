export { seedReferenceData, type SeedResult } from './seed-reference-data';
