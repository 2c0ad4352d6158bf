/**
 * The organisation's IATI identifier, or one made from its platform id when it has none. `XM-CARSI-` is
 * not a registered prefix: it marks identifiers the platform made up, so they are never mistaken for an
 * organisation's own (and the importer can recognise them).
 */
export function organisationRef(organisation: { id: string; iati_identifier: string | null }): string {
  return organisation.iati_identifier ?? `XM-CARSI-${organisation.id}`;
}

/**
 * The activity's IATI identifier, or, when it has none, the reporting organisation's identifier and the
 * activity's platform id, joined by a hyphen as IATI asks (prefix = reporting-org/@ref).
 */
export function activityIdentifier(
  activity: { id: string; iati_identifier: string | null },
  reportingOrg: { id: string; iati_identifier: string | null },
): string {
  return activity.iati_identifier ?? `${organisationRef(reportingOrg)}-${activity.id}`;
}
