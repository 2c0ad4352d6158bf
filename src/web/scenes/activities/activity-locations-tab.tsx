import { Stack, Table, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity } from '@/web/api/activities';
import { QueryStatus } from '@/web/components/query-status';
import { Section } from '@/web/components/section';
import { useLanguage } from '@/web/hooks/use-language';
import { LocationsMap } from './locations-map';
import { formatPercent } from './money';
import { useAllSubdivisionBoundaries } from '@/web/api/queries';

/** Where the activity works: its subdivisions and points on a map, and the same as a table. */
export function ActivityLocationsTab({ activity }: { readonly activity: Activity }) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const boundaries = useAllSubdivisionBoundaries();
  const nameOf = useCallback(
    (code: string) => {
      const feature = boundaries.data?.features.find((item) => item.id === code);
      return feature === undefined ? code : pick(feature.properties.name);
    },
    [boundaries.data, pick],
  );
  if (activity.locations.length === 0) {
    return <Text>{t('activities.locations.none')}</Text>;
  }
  return (
    <Section title={t('activities.tabs.locations')}>
      <Stack gap="md">
        {boundaries.data === undefined ? (
          <QueryStatus queries={[boundaries]} minHeight={420} />
        ) : (
          <LocationsMap locations={activity.locations} boundaries={boundaries.data} nameOf={nameOf} />
        )}
        <Text size="xs" c="dimmed">
          {t('common.boundaryNote')}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="locations-table">
            <Table.Caption>{t('activities.locations.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('activities.locations.subdivision')}</Table.Th>
                <Table.Th scope="col">{t('activities.locations.place')}</Table.Th>
                <Table.Th scope="col">{t('activities.locations.point')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('activities.form.percentage')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activity.locations.map((location, index) => (
                <Table.Tr key={`${location.subdivisionCode}-${index}`}>
                  <Table.Th scope="row">
                    {nameOf(location.subdivisionCode)} ({location.subdivisionCode})
                  </Table.Th>
                  <Table.Td>{location.name === '' ? '—' : location.name}</Table.Td>
                  <Table.Td>
                    {location.latitude === null || location.longitude === null
                      ? '—'
                      : `${location.latitude}, ${location.longitude}`}
                  </Table.Td>
                  <Table.Td ta="right">{formatPercent(location.percentage, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Section>
  );
}
