import { Alert, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, type FieldProblem } from '@/web/api/api-problem';

interface ProblemAlertProps {
  /** The failed submission's error; nothing is shown while it is null. */
  readonly error: unknown;
  /** Field problems no field of the form shows (see `splitFieldProblems`). */
  readonly other?: readonly FieldProblem[];
  /** Whether some problems are shown next to their fields. */
  readonly hasFieldErrors?: boolean;
}

/**
 * A form's error summary: the API's problem in the UI language, the field problems the form cannot place,
 * and when to try again after a 429. It takes focus when it appears, so keyboard and screen-reader users
 * hear what went wrong.
 */
export function ProblemAlert({ error, other = [], hasFieldErrors = false }: ProblemAlertProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error !== null && error !== undefined) {
      ref.current?.focus();
    }
  }, [error]);
  if (error === null || error === undefined) {
    return null;
  }
  const problem = error instanceof ApiProblem ? error : undefined;
  const title = problem?.title ?? t('errors.title');
  const detail = problem === undefined ? t('errors.network') : problem.detail;
  const body = [
    !hasFieldErrors && other.length === 0 && detail !== title ? (
      <Text key="detail" size="sm">
        {detail}
      </Text>
    ) : null,
    other.length > 0 ? (
      <List key="other" size="sm">
        {other.map((item) => (
          <List.Item key={`${item.path}:${item.code}`}>{item.message}</List.Item>
        ))}
      </List>
    ) : null,
    hasFieldErrors ? (
      <Text key="fields" size="sm">
        {t('form.fixFields')}
      </Text>
    ) : null,
    problem?.retryAfterSeconds === undefined ? null : (
      <Text key="retry" size="sm">
        {t('form.retryAfter', { seconds: problem.retryAfterSeconds })}
      </Text>
    ),
  ].filter((part) => part !== null);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      // A problem that is only a title is shown as the alert's text, without an empty body under it.
      title={body.length === 0 ? undefined : title}
      role="alert"
      data-testid="problem-alert"
    >
      {body.length === 0 ? (
        <Text size="sm" fw={700} c="red.9">
          {title}
        </Text>
      ) : (
        body
      )}
    </Alert>
  );
}
