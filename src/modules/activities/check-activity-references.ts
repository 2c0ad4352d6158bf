import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { FieldProblem } from '@/platform/errors';
import { toHundredths, type ActivityFields } from './activity.schemas';
import { checkSums, problem } from './activity-problems';

const LEVEL_RANK = { programme: 0, project: 1, activity: 2 } as const;

/** Problems with the records the activity points at: organisations, parent, subdivisions, frameworks. */
export async function checkReferences(
  db: Kysely<Database>,
  fields: ActivityFields,
  selfId: string | undefined,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const orgIds = [fields.reportingOrgId, ...fields.participants.map((p) => p.organisationId)];
  const orgs = new Set(
    (await db.selectFrom('organisation').select('id').where('id', 'in', orgIds).execute()).map((r) => r.id),
  );
  if (!orgs.has(fields.reportingOrgId)) {
    problems.push(
      problem(
        'reportingOrgId',
        'not_found',
        'La organización no existe.',
        'The organisation does not exist.',
      ),
    );
  }
  fields.participants.forEach((participant, index) => {
    if (!orgs.has(participant.organisationId)) {
      problems.push(
        problem(
          `participants.${index}.organisationId`,
          'not_found',
          'La organización no existe.',
          'The organisation does not exist.',
        ),
      );
    }
  });
  problems.push(...(await checkParent(db, fields, selfId)));
  problems.push(...(await checkLocations(db, fields)));
  problems.push(...(await checkAttributions(db, fields)));
  return problems;
}

async function checkParent(db: Kysely<Database>, fields: ActivityFields, selfId: string | undefined) {
  if (fields.parentId === null) {
    return [];
  }
  const parent = await db
    .selectFrom('activity')
    .select(['id', 'level'])
    .where('id', '=', fields.parentId)
    .executeTakeFirst();
  if (parent === undefined || parent.id === selfId) {
    return [
      problem(
        'parentId',
        'not_found',
        'El registro superior no existe.',
        'The parent record does not exist.',
      ),
    ];
  }
  if (LEVEL_RANK[parent.level] >= LEVEL_RANK[fields.level]) {
    return [
      problem(
        'parentId',
        'invalid_parent',
        'Un programa no tiene registro superior; un proyecto pertenece a un programa; una actividad, a un proyecto o programa.',
        'A programme has no parent; a project belongs to a programme; an activity to a project or programme.',
      ),
    ];
  }
  return [];
}

async function checkLocations(db: Kysely<Database>, fields: ActivityFields): Promise<FieldProblem[]> {
  const codes = fields.locations.map((location) => location.subdivisionCode);
  if (codes.length === 0) {
    return [];
  }
  const subdivisions = new Map(
    (
      await db.selectFrom('subdivision').select(['code', 'country_code']).where('code', 'in', codes).execute()
    ).map((row) => [row.code, row.country_code]),
  );
  const countries = new Set(fields.recipientCountries.map((country) => country.code));
  return fields.locations.flatMap((location, index) => {
    const country = subdivisions.get(location.subdivisionCode);
    if (country === undefined) {
      return [
        problem(
          `locations.${index}.subdivisionCode`,
          'unknown_code',
          `"${location.subdivisionCode}" no es una subdivisión de los países de CARSI.`,
          `"${location.subdivisionCode}" is not a subdivision of the CARSI countries.`,
        ),
      ];
    }
    if (!countries.has(country)) {
      return [
        problem(
          `locations.${index}.subdivisionCode`,
          'country_not_recipient',
          `${location.subdivisionCode} está en ${country}, que no es un país receptor de la actividad.`,
          `${location.subdivisionCode} is in ${country}, which is not a recipient country of the activity.`,
        ),
      ];
    }
    return [];
  });
}

async function checkAttributions(db: Kysely<Database>, fields: ActivityFields): Promise<FieldProblem[]> {
  if (fields.attributions.length === 0) {
    return [];
  }
  const elements = await db
    .selectFrom('framework_element')
    .innerJoin('framework', 'framework.code', 'framework_element.framework_code')
    .select([
      'framework_element.framework_code',
      'framework_element.code',
      'framework_element.kind',
      'framework.name_es',
      'framework.name_en',
    ])
    .where(
      'framework_element.framework_code',
      'in',
      fields.attributions.map((a) => a.framework),
    )
    .execute();
  const byKey = new Map(elements.map((element) => [`${element.framework_code}|${element.code}`, element]));
  const problems: FieldProblem[] = [];
  const groups = new Map<string, number>();
  const labels = new Map<string, { es: string; en: string }>();
  fields.attributions.forEach((attribution, index) => {
    const element = byKey.get(`${attribution.framework}|${attribution.element}`);
    if (element === undefined) {
      problems.push(
        problem(
          `attributions.${index}.element`,
          'unknown_code',
          `"${attribution.element}" no es un elemento del marco "${attribution.framework}".`,
          `"${attribution.element}" is not an element of framework "${attribution.framework}".`,
        ),
      );
      return;
    }
    // Goals and lines of work of one framework are separate classifications: each adds up to 100 %.
    const key = `${element.framework_code}|${element.kind}`;
    groups.set(key, (groups.get(key) ?? 0) + toHundredths(attribution.percentage));
    labels.set(key, { es: element.name_es, en: element.name_en });
  });
  problems.push(
    ...checkSums('attributions', groups, (key) => {
      const label = labels.get(key) ?? { es: key, en: key };
      const kind = key.split('|')[1] ?? '';
      return { es: `${kindLabel(kind).es} de ${label.es}`, en: `${kindLabel(kind).en} of ${label.en}` };
    }),
  );
  return problems;
}

function kindLabel(kind: string): { es: string; en: string } {
  if (kind === 'goal') {
    return { es: 'los objetivos', en: 'the goals' };
  }
  if (kind === 'line_of_work') {
    return { es: 'las líneas de trabajo', en: 'the lines of work' };
  }
  return { es: 'los componentes', en: 'the components' };
}
