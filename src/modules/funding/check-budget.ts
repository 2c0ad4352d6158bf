import type { FieldProblem } from '@/platform/errors';

/** A budget period must not end before it starts. */
export function periodOrderProblems(period: { periodStart: string; periodEnd: string }): FieldProblem[] {
  return period.periodEnd < period.periodStart
    ? [
        {
          path: 'body.periodEnd',
          code: 'date_order',
          message: {
            es: 'El periodo termina antes de empezar.',
            en: 'The period ends before it starts.',
          },
        },
      ]
    : [];
}
