import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '@/web/api/iati';
import { BADGE_COLOURS } from './badge-colours';

const COLOURS: Record<ImportJob['status'], string> = {
  queued: BADGE_COLOURS.gray,
  running: BADGE_COLOURS.blue,
  succeeded: BADGE_COLOURS.green,
  refused: BADGE_COLOURS.red,
  failed: BADGE_COLOURS.red,
};

/** Where a job stands: queued, running, imported, refused or failed. */
export function JobStatusBadge({ status }: { readonly status: ImportJob['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      component="span"
      variant="light"
      color={COLOURS[status]}
      tt="none"
      miw="max-content"
      data-testid="job-status"
    >
      {t(`iati.status.${status}`)}
    </Badge>
  );
}
