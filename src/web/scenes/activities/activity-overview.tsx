import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Activity, useActivity } from '@/web/api/activities';
import { DetailList } from '@/web/components/detail-list';
import { Section } from '@/web/components/section';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { ActivityParts } from './activity-parts';
import { ActivitySource } from './activity-source';
import { BilingualText } from './bilingual-text';
import { useActivityNames } from './use-activity-names';
import { WorkflowPanel } from './workflow-panel';

/** The activity's texts, key facts, source, workflow and classification. */
export function ActivityOverview({ activity }: { readonly activity: Activity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useActivityNames();
  const period = (start: string | null, end: string | null) =>
    start === null && end === null
      ? '—'
      : `${start === null ? '…' : format.date(start)} – ${end === null ? '…' : format.date(end)}`;

  return (
    <Stack gap="lg">
      <Section title={t('activities.overview.facts')}>
        <DetailList
          items={[
            { label: t('activities.overview.title'), value: <BilingualText text={activity.title} /> },
            { label: t('activities.form.level'), value: t(`activities.levels.${activity.level}`) },
            { label: t('activities.form.iatiIdentifier'), value: activity.iatiIdentifier ?? '—' },
            { label: t('activities.form.status'), value: names.status(activity.status) },
            { label: t('activities.form.reportingOrg'), value: names.pick(activity.reportingOrgName) },
            {
              label: t('activities.form.parent'),
              value: activity.parentId === null ? '—' : <ParentLink id={activity.parentId} />,
            },
            {
              label: t('activities.overview.planned'),
              value: period(activity.plannedStart, activity.plannedEnd),
            },
            {
              label: t('activities.overview.actual'),
              value: period(activity.actualStart, activity.actualEnd),
            },
            { label: t('activities.form.defaultCurrency'), value: activity.defaultCurrency },
            { label: t('activities.overview.updated'), value: format.dateTime(activity.updatedAt) },
          ]}
        />
      </Section>
      <ActivitySource activity={activity} />
      <WorkflowPanel activity={activity} />
      <Section title={t('activities.overview.description')}>
        <BilingualText text={activity.description} />
      </Section>
      <Section title={t('activities.overview.objectives')}>
        <BilingualText text={activity.objectives} />
      </Section>
      <ActivityParts activity={activity} />
    </Stack>
  );
}

/** The parent programme or project, by its title. */
function ParentLink({ id }: { readonly id: string }) {
  const { pick } = useLanguage();
  const parent = useActivity(id);
  return (
    <Anchor component={Link} to={`/activities/${id}`}>
      {parent.data === undefined ? id : pick(parent.data.title)}
    </Anchor>
  );
}
