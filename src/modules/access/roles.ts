/** The roles of ARCHITECTURE.md. A user holds roles through grants, each over a scope. */
export const ROLES = [
  'admin',
  'donor_officer',
  'government_planner',
  'sica_coordinator',
  'implementer',
  'vetting_officer',
  'auditor',
  'viewer',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles whose holders must use a second factor even where MFA is not required for everyone. */
export const MFA_REQUIRED_ROLES: readonly Role[] = ['admin', 'vetting_officer'];

/** Idle timeout by role (SECURITY.md S3): 15 minutes for the roles that see sensitive data, else 30. */
export function idleTimeoutMinutes(roles: readonly string[]): number {
  return roles.some((role) => role === 'admin' || role === 'vetting_officer') ? 15 : 30;
}

export const ROLE_LABELS: Record<Role, { es: string; en: string }> = {
  admin: { es: 'Administración', en: 'Administrator' },
  donor_officer: { es: 'Oficial de programa de donante', en: 'Donor programme officer' },
  government_planner: { es: 'Planificación de gobierno', en: 'Government planner' },
  sica_coordinator: { es: 'Coordinación SICA', en: 'SICA coordinator' },
  implementer: { es: 'Entidad ejecutora', en: 'Implementer' },
  vetting_officer: { es: 'Oficial de verificación (Leahy)', en: 'Vetting officer (Leahy)' },
  auditor: { es: 'Auditoría ciudadana', en: 'Civil-society auditor' },
  viewer: { es: 'Consulta', en: 'Viewer' },
};
