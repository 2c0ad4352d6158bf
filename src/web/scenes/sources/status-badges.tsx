import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReconciliationStatus, SyncOutcome, SyncStatus } from '@/web/api/sources';
import { BADGE_COLOURS } from '@/web/scenes/iati/badge-colours';

const SYNC_COLOURS: Record<SyncStatus, string> = {
  never: BADGE_COLOURS.gray,
  ok: BADGE_COLOURS.green,
  failed: BADGE_COLOURS.red,
};

const RECONCILIATION_COLOURS: Record<ReconciliationStatus, string> = {
  reconciled: BADGE_COLOURS.green,
  explained: BADGE_COLOURS.orange,
  unexplained: BADGE_COLOURS.red,
};

const OUTCOME_COLOURS: Record<SyncOutcome, string> = {
  running: BADGE_COLOURS.blue,
  imported: BADGE_COLOURS.green,
  unchanged: BADGE_COLOURS.gray,
  not_modified: BADGE_COLOURS.gray,
  failed: BADGE_COLOURS.red,
  refused: BADGE_COLOURS.red,
};

interface StatusBadgeProps {
  readonly colour: string;
  readonly label: string;
  readonly testId: string;
  readonly value: string;
  /** A failure reads in a filled badge, so that it stands out in a list. */
  readonly loud?: boolean;
}

function StatusBadge({ colour, label, testId, value, loud = false }: StatusBadgeProps) {
  return (
    <Badge
      component="span"
      variant={loud ? 'filled' : 'light'}
      color={loud ? 'red.9' : colour}
      tt="none"
      miw="max-content"
      data-testid={testId}
      data-value={value}
    >
      {label}
    </Badge>
  );
}

/** The last sync's result: never synced, up to date, or failed (loud). */
export function SyncStatusBadge({ status }: { readonly status: SyncStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      colour={SYNC_COLOURS[status]}
      label={t(`sources.status.${status}`)}
      testId="sync-status"
      value={status}
      loud={status === 'failed'}
    />
  );
}

/** Whether what a file published was all stored, explained by findings, or differs for no reason (loud). */
export function ReconciliationBadge({ status }: { readonly status: ReconciliationStatus | null }) {
  const { t } = useTranslation();
  if (status === null) {
    return (
      <StatusBadge
        colour={BADGE_COLOURS.gray}
        label={t('sources.reconciliation.none')}
        testId="reconciliation-status"
        value="none"
      />
    );
  }
  return (
    <StatusBadge
      colour={RECONCILIATION_COLOURS[status]}
      label={t(`sources.reconciliation.${status}`)}
      testId="reconciliation-status"
      value={status}
      loud={status === 'unexplained'}
    />
  );
}

/** What one fetch attempt did. */
export function OutcomeBadge({ outcome }: { readonly outcome: SyncOutcome }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      colour={OUTCOME_COLOURS[outcome]}
      label={t(`sources.outcome.${outcome}`)}
      testId="attempt-outcome"
      value={outcome}
    />
  );
}
