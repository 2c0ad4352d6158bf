import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FrameworkElement, type Schemas, useFramework } from '@/web/api/queries';
import { QueryStatus } from '@/web/components/query-status';
import { useLanguage } from '@/web/hooks/use-language';

/** One framework: what it is, where it comes from, and its goals, lines of work and components. */
export function FrameworkSection({ summary }: { readonly summary: Schemas['FrameworkSummary'] }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const framework = useFramework(summary.code);
  const titleId = `framework-${summary.code}`;
  return (
    <section aria-labelledby={titleId}>
      <Stack gap="xs" maw={880}>
        <Title order={2} id={titleId}>
          {pick(summary.name)}
        </Title>
        <Text>{pick(summary.description)}</Text>
        <Text size="sm" c="dimmed">
          {t('common.source')}: <Anchor href={summary.source.url}>{summary.source.title}</Anchor>
        </Text>
      </Stack>
      {framework.data === undefined ? (
        <QueryStatus queries={[framework]} />
      ) : (
        <Stack gap="lg" mt="lg">
          <ElementList title={t('frameworks.goals')} elements={framework.data.goals} />
          <ElementList title={t('frameworks.linesOfWork')} elements={framework.data.linesOfWork} />
          <ElementList title={t('frameworks.components')} elements={framework.data.components} />
        </Stack>
      )}
    </section>
  );
}

function ElementList({
  title,
  elements,
}: {
  readonly title: string;
  readonly elements: readonly FrameworkElement[];
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  if (elements.length === 0) {
    return null;
  }
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {title}
      </Title>
      <ol className="plain-list card-grid">
        {elements
          .toSorted((a, b) => a.position - b.position)
          .map((element) => (
            <Card component="li" key={element.code} withBorder padding="md" radius="md">
              <Text size="sm" fw={700} c="blue.9">
                {t(`frameworks.${element.kind}`, {
                  number: element.kind === 'component' ? element.code : element.position,
                })}
              </Text>
              <Text mt={4}>{pick(element.name)}</Text>
              {pick(element.description) === '' ? null : (
                <Text size="sm" c="dimmed" mt={4}>
                  {pick(element.description)}
                </Text>
              )}
            </Card>
          ))}
      </ol>
    </Stack>
  );
}
