import type { Migration } from 'kysely';
import * as createReferenceData from './2026-11-25T0800_create_reference_data';
import * as createAuditEvent from './2026-11-25T0900_create_audit_event';
import * as createIdentity from './2026-11-25T1000_create_identity';
import * as addMailDelivery from './2026-11-25T1100_add_mail_delivery';
import * as createActivitiesAndFunding from './2026-11-30T0900_create_activities_and_funding';
import * as createFundingCube from './2026-11-30T1000_create_funding_cube';
import * as createIatiImport from './2026-12-01T0900_create_iati_import';
import * as addIatiSources from './2026-12-01T1200_add_iati_sources';
import * as addSyncHeartbeat from './2026-12-01T1300_add_sync_heartbeat';

/** Every migration, by name; names sort in the order they apply. Append new ones; never reorder. */
export const migrations: Record<string, Migration> = {
  '2026-11-25T0800_create_reference_data': createReferenceData,
  '2026-11-25T0900_create_audit_event': createAuditEvent,
  '2026-11-25T1000_create_identity': createIdentity,
  '2026-11-25T1100_add_mail_delivery': addMailDelivery,
  '2026-11-30T0900_create_activities_and_funding': createActivitiesAndFunding,
  '2026-11-30T1000_create_funding_cube': createFundingCube,
  '2026-12-01T0900_create_iati_import': createIatiImport,
  '2026-12-01T1200_add_iati_sources': addIatiSources,
  '2026-12-01T1300_add_sync_heartbeat': addSyncHeartbeat,
};
