import type { FieldProblem } from '@/platform/errors';
import type { ActivityFields } from './activity.schemas';
import { checkDuplicates, checkSums, problem, sumBy } from './activity-problems';

/** Problems that need no database: sums of percentages, duplicates, dates. */
export function checkShape(fields: ActivityFields): FieldProblem[] {
  const problems = [
    ...checkDuplicates('participants', fields.participants, (p) => `${p.organisationId}/${p.role}`),
    ...checkDuplicates('sectors', fields.sectors, (s) => `${s.vocabulary}/${s.code}`),
    ...checkDuplicates('recipientCountries', fields.recipientCountries, (c) => c.code),
    ...checkDuplicates('recipientRegions', fields.recipientRegions, (r) => r.code),
    ...checkDuplicates('attributions', fields.attributions, (a) => `${a.framework}/${a.element}`),
    ...checkSums(
      'sectors',
      sumBy(
        fields.sectors,
        (sector) => sector.vocabulary,
        (sector) => sector.percentage,
      ),
      (vocabulary) => ({
        es: `los sectores (vocabulario ${vocabulary})`,
        en: `the sectors (vocabulary ${vocabulary})`,
      }),
    ),
  ];
  const recipients = [...fields.recipientCountries, ...fields.recipientRegions];
  if (recipients.length > 0) {
    problems.push(
      ...checkSums(
        'recipientCountries',
        sumBy(
          recipients,
          () => 'all',
          (recipient) => recipient.percentage,
        ),
        () => ({ es: 'los países y regiones receptores', en: 'the recipient countries and regions' }),
      ),
    );
  }
  if (fields.locations.length > 0) {
    problems.push(
      ...checkSums(
        'locations',
        sumBy(
          fields.locations,
          () => 'all',
          (location) => location.percentage,
        ),
        () => ({ es: 'las ubicaciones', en: 'the locations' }),
      ),
    );
  }
  for (const [start, end] of [
    ['plannedStart', 'plannedEnd'],
    ['actualStart', 'actualEnd'],
  ] as const) {
    const from = fields[start];
    const to = fields[end];
    if (from !== null && to !== null && to < from) {
      problems.push(
        problem(
          end,
          'date_order',
          'La fecha de fin es anterior a la de inicio.',
          'The end date is before the start date.',
        ),
      );
    }
  }
  return problems;
}
