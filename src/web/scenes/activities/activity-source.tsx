import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity } from '@/web/api/activities';
import { DetailList } from '@/web/components/detail-list';
import { Section } from '@/web/components/section';
import { useFormat } from '@/web/hooks/use-format';
import { useSession } from '@/web/hooks/use-session';
import { PublishedValuesBlock } from './published-values';
import { hasPublishedValues } from './published-xml';

/**
 * Where the activity comes from: the IATI file it was last imported from (publisher, file, URL, licence, when,
 * and its data source, linked for users who may read the sources) with the activity's extension values as
 * published; or that it was entered by hand.
 */
export function ActivitySource({ activity }: { readonly activity: Activity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useSession();
  const source = activity.source;
  if (source === null) {
    return (
      <Section title={t('activities.source.title')} testId="activity-source">
        <Text data-testid="source-by-hand">{t('activities.source.byHand')}</Text>
      </Section>
    );
  }
  return (
    <Section
      title={t('activities.source.title')}
      intro={t('activities.source.intro')}
      testId="activity-source"
    >
      <DetailList
        items={[
          { label: t('activities.source.publisher'), value: source.publisher ?? '—' },
          { label: t('activities.source.file'), value: source.fileName },
          {
            label: t('activities.source.url'),
            value:
              source.sourceUrl !== null && /^https?:\/\//.test(source.sourceUrl) ? (
                <Anchor
                  href={source.sourceUrl}
                  target="_blank"
                  rel="noreferrer noopener"
                  style={{ wordBreak: 'break-all' }}
                >
                  {source.sourceUrl}
                </Anchor>
              ) : (
                (source.sourceUrl ?? t('activities.source.uploaded'))
              ),
          },
          { label: t('activities.source.licence'), value: source.licence ?? '—' },
          { label: t('activities.source.importedAt'), value: format.dateTime(source.importedAt) },
          {
            label: t('activities.source.dataSource'),
            value:
              source.sourceId === null ? (
                t('activities.source.noDataSource')
              ) : !can('iati.import') ? (
                (source.sourceName ?? '—')
              ) : (
                <Anchor component={Link} to={`/interoperability/sources/${source.sourceId}`}>
                  {source.sourceName ?? t('activities.source.openDataSource')}
                </Anchor>
              ),
          },
        ]}
      />
      {hasPublishedValues(activity.extensions) ? (
        <div>
          <Text fw={600} size="sm" mb={4}>
            {t('activities.published.activityTitle')}
          </Text>
          <PublishedValuesBlock values={activity.extensions} testId="activity-published" />
        </div>
      ) : null}
    </Section>
  );
}
