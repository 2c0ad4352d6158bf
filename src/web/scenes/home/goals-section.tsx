import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFramework } from '@/web/api/queries';
import { QueryStatus } from '@/web/components/query-status';
import { useLanguage } from '@/web/hooks/use-language';

/** The five CARSI goals, in order, as the strategic framework states them. */
export function GoalsSection() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const framework = useFramework('carsi');
  return (
    <section aria-labelledby="goals-title">
      <Title order={2} id="goals-title" mb="md">
        {t('home.goalsTitle')}
      </Title>
      {framework.data === undefined ? (
        <QueryStatus queries={[framework]} />
      ) : (
        <ol className="plain-list card-grid" data-testid="goals">
          {framework.data.goals
            .toSorted((a, b) => a.position - b.position)
            .map((goal) => (
              <Card component="li" key={goal.code} data-testid="goal" withBorder padding="md" radius="md">
                <Title order={3} size="h5" c="blue.9">
                  {t('home.goal', { number: goal.position })}
                </Title>
                <Text mt={6}>{pick(goal.name)}</Text>
              </Card>
            ))}
        </ol>
      )}
    </section>
  );
}
