import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The visible mark of a record of the fictional demo portfolio. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      color="orange.9"
      variant="filled"
      size="sm"
      title={t('demoRecord.hint')}
      style={{ flexShrink: 0, overflow: 'visible' }}
      data-testid="demo-badge"
    >
      {t('demoRecord.label')}
    </Badge>
  );
}
