import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import { ConflictError, ValidationError, type FieldProblem } from '@/platform/errors';
import { toHundredths, type ActivityFields } from './activity.schemas';

const LEVEL_RANK = { programme: 0, project: 1, activity: 2 } as const;

function problem(path: string, code: string, es: string, en: string): FieldProblem {
  return { path: `body.${path}`, code, message: { es, en } };
}

const formatPercent = (hundredths: number): string => String(hundredths / 100);

/** Problems of shares that must add up to 100 %: one per group that doesn't. */
function checkSums(
  path: string,
  groups: Map<string, number>,
  describe: (key: string) => { es: string; en: string },
): FieldProblem[] {
  return [...groups].flatMap(([key, total]) => {
    if (total === 10000) {
      return [];
    }
    const what = describe(key);
    return [
      problem(
        path,
        'percentages_sum',
        `Los porcentajes de ${what.es} suman ${formatPercent(total)} %; deben sumar 100 %.`,
        `The percentages of ${what.en} add up to ${formatPercent(total)} %; they must add up to 100 %.`,
      ),
    ];
  });
}

function sumBy<T>(items: readonly T[], key: (item: T) => string, percentage: (item: T) => number) {
  const groups = new Map<string, number>();
  for (const item of items) {
    groups.set(key(item), (groups.get(key(item)) ?? 0) + toHundredths(percentage(item)));
  }
  return groups;
}

/** Duplicate entries of a list, as problems pointing at the repeated item. */
function checkDuplicates<T>(path: string, items: readonly T[], key: (item: T) => string): FieldProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const value = key(item);
    if (!seen.has(value)) {
      seen.add(value);
      return [];
    }
    return [problem(`${path}.${index}`, 'duplicate', `"${value}" está repetido.`, `"${value}" is repeated.`)];
  });
}

async function knownCodes(db: Kysely<Database>, codelist: string, codes: readonly string[]) {
  if (codes.length === 0) {
    return new Set<string>();
  }
  const rows = await db
    .selectFrom('codelist_item')
    .select('code')
    .where('codelist_name', '=', codelist)
    .where('code', 'in', [...new Set(codes)])
    .execute();
  return new Set(rows.map((row) => row.code));
}

function unknownCodes(
  path: string,
  codes: readonly string[],
  known: Set<string>,
  what: { es: string; en: string },
): FieldProblem[] {
  return codes.flatMap((code, index) =>
    known.has(code)
      ? []
      : [
          problem(
            `${path}.${index}`,
            'unknown_code',
            `"${code}" no es ${what.es}.`,
            `"${code}" is not ${what.en}.`,
          ),
        ],
  );
}

/** Problems with codes: status, currency, sectors, countries, regions, roles. */
async function checkCodes(db: Kysely<Database>, fields: ActivityFields): Promise<FieldProblem[]> {
  const [statuses, currencies, sectors, categories, countries, regions] = await Promise.all([
    knownCodes(db, 'ActivityStatus', [fields.status]),
    knownCodes(db, 'Currency', [fields.defaultCurrency]),
    knownCodes(
      db,
      'Sector',
      fields.sectors.map((sector) => sector.code),
    ),
    knownCodes(
      db,
      'SectorCategory',
      fields.sectors.map((sector) => sector.code),
    ),
    knownCodes(
      db,
      'Country',
      fields.recipientCountries.map((country) => country.code),
    ),
    knownCodes(
      db,
      'Region',
      fields.recipientRegions.map((region) => region.code),
    ),
  ]);
  const problems = [
    ...unknownCodes('status', [fields.status], statuses, {
      es: 'un estado de actividad IATI',
      en: 'an IATI activity status',
    }),
    ...unknownCodes('defaultCurrency', [fields.defaultCurrency], currencies, {
      es: 'una moneda ISO 4217',
      en: 'an ISO 4217 currency',
    }),
    ...unknownCodes(
      'recipientCountries',
      fields.recipientCountries.map((c) => c.code),
      countries,
      {
        es: 'un país ISO 3166-1',
        en: 'an ISO 3166-1 country',
      },
    ),
    ...unknownCodes(
      'recipientRegions',
      fields.recipientRegions.map((r) => r.code),
      regions,
      {
        es: 'una región IATI',
        en: 'an IATI region',
      },
    ),
  ];
  fields.sectors.forEach((sector, index) => {
    const known = sector.vocabulary === '1' ? sectors : sector.vocabulary === '2' ? categories : undefined;
    if (known !== undefined && !known.has(sector.code)) {
      problems.push(
        problem(
          `sectors.${index}.code`,
          'unknown_code',
          `"${sector.code}" no es un sector del vocabulario ${sector.vocabulary}.`,
          `"${sector.code}" is not a sector of vocabulary ${sector.vocabulary}.`,
        ),
      );
    }
  });
  return problems;
}

/** Problems with the records the activity points at: organisations, parent, subdivisions, frameworks. */
async function checkReferences(
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

/** Problems that need no database: sums of percentages, duplicates, dates. */
function checkShape(fields: ActivityFields): FieldProblem[] {
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

/**
 * Checks an activity's fields against the codelists, the records they point at and the percentage rules.
 * @throws ValidationError `validation_failed` listing every problem; ConflictError for a duplicate identifier
 */
export async function checkActivityFields(
  db: Kysely<Database>,
  fields: ActivityFields,
  selfId?: string,
): Promise<void> {
  const problems = [
    ...checkShape(fields),
    ...(await checkCodes(db, fields)),
    ...(await checkReferences(db, fields, selfId)),
  ];
  if (problems.length > 0) {
    throw new ValidationError(problems);
  }
  if (fields.iatiIdentifier !== null) {
    let query = db
      .selectFrom('activity')
      .select('id')
      .where('reporting_org_id', '=', fields.reportingOrgId)
      .where('iati_identifier', '=', fields.iatiIdentifier);
    if (selfId !== undefined) {
      query = query.where('id', '!=', selfId);
    }
    if ((await query.executeTakeFirst()) !== undefined) {
      throw new ConflictError([
        problem(
          'iatiIdentifier',
          'duplicate',
          `La organización ya tiene una actividad con el identificador ${fields.iatiIdentifier}.`,
          `The organisation already has an activity with the identifier ${fields.iatiIdentifier}.`,
        ),
      ]);
    }
  }
}
