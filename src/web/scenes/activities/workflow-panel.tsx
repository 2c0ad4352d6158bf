import { Badge, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/web/api/api-problem';
import {
  type Activity,
  useActivityWorkflow,
  useReloadActivity,
  type WorkflowAction,
} from '@/web/api/activities';
import { DetailList } from '@/web/components/detail-list';
import { ProblemAlert } from '@/web/components/problem-alert';
import { RecordOutcomeNotice } from '@/web/components/record-outcome';
import { Section } from '@/web/components/section';
import { useFormat } from '@/web/hooks/use-format';
import { type Permission, useSession } from '@/web/hooks/use-session';

type State = Activity['workflow']['state'];

/** The steps open from each state, and who may take them (the server checks again). */
const ACTIONS: Record<State, readonly { action: WorkflowAction; permission: Permission }[]> = {
  draft: [{ action: 'submit', permission: 'activity.update' }],
  submitted: [
    { action: 'approve', permission: 'activity.approve' },
    { action: 'return', permission: 'activity.approve' },
  ],
  approved: [{ action: 'publish', permission: 'activity.approve' }],
  published: [{ action: 'unpublish', permission: 'activity.approve' }],
};

/** Where the activity is in draft → submitted → approved → published, who moved it when, and the next steps. */
export function WorkflowPanel({ activity }: { readonly activity: Activity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useSession();
  const workflow = useActivityWorkflow(activity.id);
  const reload = useReloadActivity();
  const { state } = activity.workflow;
  const stamp = (who: string | null, when: string | null) =>
    who === null || when === null
      ? '—'
      : t('activities.workflow.stamp', { who, when: format.dateTime(when) });
  const actions = ACTIONS[state].filter((item) => can(item.permission));

  return (
    <Section title={t('activities.workflow.title')} testId="workflow">
      <Group gap="xs">
        <Badge size="lg" variant="filled" color="blue.8" data-testid="workflow-state">
          {t(`activities.workflowStates.${state}`)}
        </Badge>
      </Group>
      <DetailList
        items={[
          {
            label: t('activities.workflow.submitted'),
            value: stamp(activity.workflow.submittedBy, activity.workflow.submittedAt),
          },
          {
            label: t('activities.workflow.approved'),
            value: stamp(activity.workflow.approvedBy, activity.workflow.approvedAt),
          },
          {
            label: t('activities.workflow.published'),
            value: stamp(activity.workflow.publishedBy, activity.workflow.publishedAt),
          },
        ]}
      />
      {isProblem(workflow.error, 'precondition_failed') ? (
        <RecordOutcomeNotice outcome={{ kind: 'conflict', error: workflow.error }} />
      ) : (
        <ProblemAlert error={workflow.error} />
      )}
      {actions.length === 0 ? null : (
        <Group gap="sm">
          {actions.map(({ action }) => (
            <Button
              key={action}
              variant={action === 'return' || action === 'unpublish' ? 'default' : 'filled'}
              loading={workflow.isPending && workflow.variables.action === action}
              onClick={() =>
                workflow.mutate(
                  { version: activity.version, action },
                  {
                    onError: (error) => {
                      if (isProblem(error, 'precondition_failed')) {
                        void reload(activity.id);
                      }
                    },
                  },
                )
              }
            >
              {t(`activities.workflow.actions.${action}`)}
            </Button>
          ))}
        </Group>
      )}
    </Section>
  );
}
