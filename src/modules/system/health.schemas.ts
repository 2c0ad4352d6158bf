import { z } from 'zod';

export const HealthOutput = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['sqlite', 'postgres']),
    version: z.string(),
    migrations: z.number().int().describe('migrations applied'),
    referenceData: z.array(z.object({ id: z.string(), rows: z.number().int(), loadedAt: z.string() })),
    time: z.string(),
  })
  .meta({ id: 'Health' });
export type HealthOutput = z.infer<typeof HealthOutput>;
