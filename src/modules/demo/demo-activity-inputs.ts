import type { ActivityInput } from '@/modules/activities';
import type { DemoRandom } from './demo-random';
import { DEMO_COUNTRIES, DEMO_THEMES, type DemoTheme } from './demo-themes';

/** Where an activity takes place: one country and some of its subdivisions, or the whole region. */
export type DemoPlace =
  { kind: 'country'; code: string; subdivisions: readonly string[] } | { kind: 'regional' };

export function pickCountry(random: DemoRandom): string {
  const total = DEMO_COUNTRIES.reduce((sum, country) => sum + country.weight, 0);
  let roll = random.int(1, total);
  for (const country of DEMO_COUNTRIES) {
    roll -= country.weight;
    if (roll <= 0) {
      return country.code;
    }
  }
  return 'GT';
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The parts of an activity that depend on its place, theme and period. */
export function demoActivityInput(
  random: DemoRandom,
  spec: {
    level: ActivityInput['level'];
    parentId: string | null;
    reportingOrgId: string;
    identifier: string;
    theme: DemoTheme;
    place: DemoPlace;
    startYear: number;
    years: number;
    currency: string;
    participants: ActivityInput['participants'];
  },
): ActivityInput {
  const { theme, place } = spec;
  const endYear = spec.startYear + spec.years - 1;
  const country = DEMO_COUNTRIES.find(
    (candidate) => place.kind === 'country' && candidate.code === place.code,
  );
  const where = country?.name ?? { es: 'Centroamérica, regional', en: 'Central America, regional' };
  const goalShares = random.percentages(theme.goals.length);
  const sectorShares = random.percentages(theme.sectors.length);
  const locations =
    place.kind === 'regional'
      ? []
      : random.sample(place.subdivisions, random.int(1, Math.min(3, place.subdivisions.length)));
  const locationShares = random.percentages(locations.length);
  const closed = endYear < 2026;
  return {
    level: spec.level,
    parentId: spec.parentId,
    reportingOrgId: spec.reportingOrgId,
    iatiIdentifier: spec.identifier,
    title: {
      es: `${theme.title.es} — ${where.es} (demo)`,
      en: `${theme.title.en} — ${where.en} (demo)`,
    },
    description: {
      es: 'Registro ficticio del portafolio de demostración: no describe ninguna actividad real.',
      en: 'Fictional record of the demo portfolio: it describes no real activity.',
    },
    objectives: {
      es: 'Mostrar cómo la plataforma registra, suma y publica el financiamiento.',
      en: 'Show how the platform records, sums and publishes funding.',
    },
    status: closed ? (endYear < 2024 ? '4' : '3') : '2',
    plannedStart: iso(spec.startYear, random.int(1, 12), random.int(1, 28)),
    plannedEnd: iso(endYear, 12, 31),
    actualStart: iso(spec.startYear, random.int(1, 12), random.int(1, 28)),
    actualEnd: closed ? iso(endYear, 12, 31) : null,
    defaultCurrency: spec.currency,
    participants: spec.participants,
    sectors: theme.sectors.map((code, index) => ({
      vocabulary: '1',
      code,
      percentage: sectorShares[index] ?? 0,
    })),
    recipientCountries: place.kind === 'regional' ? [] : [{ code: place.code, percentage: 100 }],
    recipientRegions: place.kind === 'regional' ? [{ code: '389', percentage: 100 }] : [],
    locations: locations.map((code, index) => ({
      subdivisionCode: code,
      name: '',
      latitude: null,
      longitude: null,
      percentage: locationShares[index] ?? 0,
    })),
    attributions: [
      ...theme.goals.map((goal, index) => ({
        framework: 'carsi',
        element: goal,
        percentage: goalShares[index] ?? 0,
      })),
      { framework: 'esca', element: theme.esca, percentage: 100 },
    ],
    documents: [],
    tags: ['demo'],
  };
}

export const pickTheme = (random: DemoRandom): DemoTheme => random.pick(DEMO_THEMES);
