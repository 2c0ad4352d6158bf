import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Source } from '@/web/api/sources';
import { DetailList } from '@/web/components/detail-list';
import { useFormat } from '@/web/hooks/use-format';

/** What a source is, where it is fetched from, how often, and when it was last synced. */
export function SourceFacts({ source }: { readonly source: Source }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = (iso: string | null) => (iso === null ? t('sources.list.neverSynced') : format.dateTime(iso));
  return (
    <DetailList
      items={[
        { label: t('sources.fields.kind'), value: t(`sources.kinds.${source.kind}`) },
        {
          label: t('sources.fields.location'),
          value: /^https?:\/\//.test(source.location) ? (
            <Anchor
              href={source.location}
              target="_blank"
              rel="noreferrer noopener"
              style={{ wordBreak: 'break-all' }}
            >
              {source.location}
            </Anchor>
          ) : (
            source.location
          ),
        },
        { label: t('sources.fields.publisher'), value: source.publisher },
        { label: t('sources.fields.licence'), value: source.licence },
        {
          label: t('sources.fields.interval'),
          value:
            source.intervalHours === null
              ? t('sources.facts.byHand')
              : t('sources.facts.every', { hours: format.integer(source.intervalHours) }),
        },
        { label: t('sources.facts.lastAttempt'), value: when(source.lastAttemptAt) },
        { label: t('sources.facts.lastSuccess'), value: when(source.lastSuccessAt) },
        { label: t('sources.facts.files'), value: format.integer(source.fileCount) },
      ]}
    />
  );
}
