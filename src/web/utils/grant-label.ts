/** A grant as the session and user records give it. */
export interface GrantLike {
  readonly role: string;
  readonly organisationId: string | null;
  readonly countryCode: string | null;
}

/** How a grant reads: the role, then the organisation and/or country it is limited to, if any. */
export function describeGrant(
  grant: GrantLike,
  names: {
    readonly role: (role: string) => string;
    readonly organisation: (id: string) => string;
    readonly country: (code: string) => string;
  },
): string {
  const scope = [
    grant.organisationId === null ? null : names.organisation(grant.organisationId),
    grant.countryCode === null ? null : names.country(grant.countryCode),
  ].filter((part): part is string => part !== null);
  const role = names.role(grant.role);
  return scope.length === 0 ? role : `${role} (${scope.join(', ')})`;
}
