import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionProps {
  readonly title: string;
  readonly intro?: ReactNode;
  readonly children: ReactNode;
  readonly testId?: string;
}

/** A titled block of a page (h2), in a bordered panel. */
export function Section({ title, intro, children, testId }: SectionProps) {
  return (
    <Paper component="section" withBorder p="lg" radius="md" maw={960} data-testid={testId}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {title}
        </Title>
        {intro === undefined ? null : <Text size="sm">{intro}</Text>}
        {children}
      </Stack>
    </Paper>
  );
}
