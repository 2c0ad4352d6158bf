import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isProblem } from '@/web/api/api-problem';
import { type Activity, useActivity, useReloadActivity, useUpdateActivity } from '@/web/api/activities';
import type { NoticeState } from '@/web/components/flash-notice';
import { PageHeader } from '@/web/components/page-header';
import { ProblemAlert } from '@/web/components/problem-alert';
import { QueryStatus } from '@/web/components/query-status';
import { RequireSession } from '@/web/components/require-session';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { activityDraft } from './activity-draft';
import { ActivityForm } from './activity-form';
import { Forbidden } from './forbidden';
import { useSession } from '@/web/hooks/use-session';

/** Changes an activity (If-Match its version); when someone else saved first, offers their version. */
export default function ActivityEditScene() {
  return (
    <RequireSession>
      <EditActivity />
    </RequireSession>
  );
}

function EditActivity() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  const { can } = useSession();
  const id = useParams().id ?? '';
  const activity = useActivity(id);
  if (!can('activity.update')) {
    return <Forbidden />;
  }
  if (activity.data === undefined) {
    return (
      <>
        <PageHeader title={t('activities.editTitle')} />
        <QueryStatus queries={[activity]} />
      </>
    );
  }
  const record = activity.data;
  return (
    <>
      <PageHeader
        title={t('activities.editTitleOf', { title: pick(record.title) })}
        intro={t('activities.editIntro', {
          version: record.version,
          date: format.dateTime(record.updatedAt),
        })}
      />
      <EditForm key={record.version} record={record} />
    </>
  );
}

function EditForm({ record }: { readonly record: Activity }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateActivity(record.id);
  const reload = useReloadActivity();
  const [draft] = useState(() => activityDraft(record));
  const conflict = isProblem(update.error, 'precondition_failed');

  return (
    <Stack gap="md">
      {conflict ? (
        <Stack gap="xs" maw={960} data-testid="edit-conflict">
          <ProblemAlert error={update.error} />
          <Alert color="blue" variant="light">
            <Text size="sm" mb="xs">
              {t('activities.conflict')}
            </Text>
            <Button size="xs" variant="outline" onClick={() => void reload(record.id)}>
              {t('activities.reload')}
            </Button>
          </Alert>
        </Stack>
      ) : null}
      <ActivityForm
        initial={draft}
        keep={record.attributions.filter((item) => item.framework !== 'carsi' && item.framework !== 'esca')}
        selfId={record.id}
        error={conflict ? null : update.error}
        pending={update.isPending}
        submitLabel={t('form.saveChanges')}
        cancelTo={`/activities/${record.id}`}
        onSubmit={(body) =>
          update.mutate(
            { version: record.version, body },
            {
              onSuccess: () =>
                void navigate(`/activities/${record.id}`, {
                  state: { notice: t('form.saved') } satisfies NoticeState,
                }),
            },
          )
        }
      />
    </Stack>
  );
}
