import { z } from 'zod';
import { Bilingual } from '@/platform/api-schemas';

export const FrameworkCode = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, 'must be a framework code such as "carsi"')
  .describe('Framework code, e.g. `carsi` or `esca`');

export const FrameworkElementOutput = z
  .object({
    code: z.string(),
    kind: z.enum(['goal', 'line_of_work', 'component']),
    position: z.number().int(),
    name: Bilingual,
    description: Bilingual,
  })
  .meta({ id: 'FrameworkElement' });

export const FrameworkSummaryOutput = z
  .object({
    code: z.string(),
    name: Bilingual,
    description: Bilingual,
    source: z.object({ title: z.string(), url: z.string() }),
  })
  .meta({ id: 'FrameworkSummary' });
export type FrameworkSummaryOutput = z.infer<typeof FrameworkSummaryOutput>;

export const FrameworkOutput = FrameworkSummaryOutput.extend({
  goals: z.array(FrameworkElementOutput),
  linesOfWork: z.array(FrameworkElementOutput),
  components: z.array(FrameworkElementOutput),
}).meta({ id: 'Framework' });
export type FrameworkOutput = z.infer<typeof FrameworkOutput>;
