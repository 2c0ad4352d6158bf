import { z } from 'zod';

const Bilingual = z.object({ es: z.string(), en: z.string() });
const Counts = z.object({ inFile: z.number().int(), stored: z.number().int(), rejected: z.number().int() });

export const ImportReportOutput = z
  .object({
    status: z.enum(['imported', 'refused']),
    fileName: z.string(),
    sha256: z.string(),
    sizeBytes: z.number().int(),
    iatiVersion: z.string().nullable(),
    generatedAt: z.string().nullable(),
    dryRun: z.boolean().describe('nothing was changed; the counts say what would have changed'),
    sourceFileId: z.string().nullable(),
    activities: z.object({
      inFile: z.number().int(),
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      rejected: z.number().int(),
    }),
    transactions: Counts,
    budgets: Counts,
    organisationsCreated: z.number().int(),
    findings: z.object({
      error: z.number().int(),
      warning: z.number().int(),
      info: z.number().int(),
      listed: z.number().int(),
    }),
    publishedByCurrency: z
      .record(z.string(), z.string())
      .describe('sum of readable transaction values as published, by currency (NONE: no currency)'),
    storedByCurrency: z
      .record(z.string(), z.string())
      .describe('sum of the stored transactions, by currency'),
    refusal: z
      .object({
        code: z.string(),
        line: z.number().nullable(),
        column: z.number().nullable(),
        message: Bilingual,
      })
      .nullable(),
    durationMs: z.number(),
  })
  .meta({ id: 'ImportReport' });

export const ImportJobOutput = z
  .object({
    id: z.string(),
    kind: z.literal('iati_import'),
    status: z.enum(['queued', 'running', 'succeeded', 'refused', 'failed']),
    fileName: z.string(),
    sizeBytes: z.number().int(),
    bytesRead: z.number().int().describe('progress: bytes of the file read so far'),
    dryRun: z.boolean(),
    validate: z.boolean(),
    createdBy: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    report: ImportReportOutput.nullable(),
    error: z.object({ message: Bilingual }).nullable().describe('why the platform failed (status failed)'),
  })
  .meta({ id: 'ImportJob' });
export type ImportJobOutput = z.infer<typeof ImportJobOutput>;

export const FINDING_SEVERITIES = ['error', 'warning', 'info'] as const;

export const FindingQuery = z.strictObject({
  severity: z.enum(FINDING_SEVERITIES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const FindingOutput = z
  .object({
    seq: z.number().int(),
    severity: z.enum(FINDING_SEVERITIES),
    code: z.string(),
    line: z.number().int().nullable(),
    column: z.number().int().nullable(),
    activityIdentifier: z.string().nullable(),
    activityId: z.string().nullable().describe('the platform activity, when it was stored'),
    message: Bilingual,
  })
  .meta({ id: 'ImportFinding' });

export const FindingPage = z.object({ items: z.array(FindingOutput), total: z.number().int() });

export const ImportUploadQuery = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[^/\\]+$/, 'must be a file name without folders'),
  dryRun: z.enum(['true', 'false']).default('false'),
  validate: z.enum(['true', 'false']).default('false'),
});
