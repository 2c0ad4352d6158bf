/** The areas of the product (PRODUCT.md), in navigation order. */
export const AREAS = [
  'home',
  'frameworks',
  'partners',
  'activities',
  'funding',
  'results',
  'coordination',
  'vetting',
  'transparency',
  'interoperability',
  'reports',
  'admin',
] as const;

export type AreaKey = (typeof AREAS)[number];

/** Areas with no screen yet: each shows what it will do. */
export const PLANNED_AREAS = [
  'activities',
  'funding',
  'results',
  'coordination',
  'vetting',
  'transparency',
  'reports',
  'admin',
] as const satisfies readonly AreaKey[];

export type PlannedAreaKey = (typeof PLANNED_AREAS)[number];

export function isPlanned(key: AreaKey): key is PlannedAreaKey {
  return (PLANNED_AREAS as readonly AreaKey[]).includes(key);
}

export function areaPath(key: AreaKey): string {
  return key === 'home' ? '/' : `/${key}`;
}
