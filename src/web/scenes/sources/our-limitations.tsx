import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the platform counts and how, in a few honest sentences (docs/IATI.md and docs/FUNDING.md). */
const POINTS = [
  'exact',
  'usd',
  'passThrough',
  'shares',
  'accounts',
  'fiscalYear',
  'notStored',
  'stages',
] as const;

/** Our own limitations: how the figures shown here are made from what the publishers published. */
export function OurLimitations() {
  const { t } = useTranslation();
  return (
    <div data-testid="our-limitations">
      <Text size="sm" mb="xs">
        {t('sources.ours.intro')}
      </Text>
      <List size="sm" spacing={6}>
        {POINTS.map((point) => (
          <List.Item key={point}>{t(`sources.ours.${point}`)}</List.Item>
        ))}
      </List>
    </div>
  );
}
