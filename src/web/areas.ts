import type { Permission } from '@/web/hooks/use-session';

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
  'results',
  'coordination',
  'vetting',
  'transparency',
  'reports',
] as const satisfies readonly AreaKey[];

export type PlannedAreaKey = (typeof PLANNED_AREAS)[number];

export function isPlanned(key: AreaKey): key is PlannedAreaKey {
  return (PLANNED_AREAS as readonly AreaKey[]).includes(key);
}

export function areaPath(key: AreaKey): string {
  return key === 'home' ? '/' : `/${key}`;
}

/** The administration pages, each shown to users with its permission. */
export const ADMIN_SECTIONS = [
  { key: 'organisations', path: '/admin/organisations', permission: 'organisation.create' },
  { key: 'users', path: '/admin/users', permission: 'user.read' },
  { key: 'audit', path: '/admin/audit', permission: 'audit.read' },
  { key: 'mail', path: '/admin/mail', permission: 'mail.read' },
] as const satisfies readonly { key: string; path: string; permission: Permission }[];

export type AdminSection = (typeof ADMIN_SECTIONS)[number];

/** The interoperability pages that need a permission, listed under the area for users who hold it. */
export const INTEROPERABILITY_SECTIONS = [
  { key: 'iatiImports', path: '/interoperability/imports', permission: 'iati.import' },
  { key: 'dataSources', path: '/interoperability/sources', permission: 'iati.import' },
] as const satisfies readonly { key: string; path: string; permission: Permission }[];

/** Permissions that open at least one administration page. */
export const ADMIN_PERMISSIONS: readonly Permission[] = ADMIN_SECTIONS.map((section) => section.permission);
