import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateActivity } from '@/web/api/activities';
import type { NoticeState } from '@/web/components/flash-notice';
import { PageHeader } from '@/web/components/page-header';
import { RequireSession } from '@/web/components/require-session';
import { useLanguage } from '@/web/hooks/use-language';
import { useSession } from '@/web/hooks/use-session';
import { EMPTY_ACTIVITY } from './activity-draft';
import { ActivityForm } from './activity-form';
import { Forbidden } from './forbidden';

/** Records a new programme, project or activity as a draft, then opens its page. */
export default function ActivityNewScene() {
  return (
    <RequireSession>
      <NewActivity />
    </RequireSession>
  );
}

function NewActivity() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const navigate = useNavigate();
  const { can, user } = useSession();
  const create = useCreateActivity();
  if (!can('activity.create')) {
    return <Forbidden />;
  }
  return (
    <>
      <PageHeader title={t('activities.newTitle')} intro={t('activities.newIntro')} />
      <ActivityForm
        initial={{ ...EMPTY_ACTIVITY, reportingOrgId: user?.organisationId ?? '' }}
        error={create.error}
        pending={create.isPending}
        submitLabel={t('activities.form.create')}
        cancelTo="/activities"
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (activity) =>
              void navigate(`/activities/${activity.id}`, {
                state: {
                  notice: t('activities.created', { title: pick(activity.title) }),
                } satisfies NoticeState,
              }),
          })
        }
      />
    </>
  );
}
