import { Anchor, Badge, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '@/web/api/activities';
import { Section } from '@/web/components/section';
import { formatPercent } from './money';
import { useActivityNames } from './use-activity-names';

function Part({ title, items }: { readonly title: string; readonly items: readonly ReactNode[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('form.none')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {items.map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** Who takes part, the classification with its percentages, documents and tags. */
export function ActivityParts({ activity }: { readonly activity: Activity }) {
  const { t } = useTranslation();
  const names = useActivityNames();
  const share = (label: string, percentage: number) =>
    `${label} — ${formatPercent(percentage, names.language)}`;
  const attributions = [...activity.attributions].sort((a, b) => a.element.localeCompare(b.element));
  const roles = [...new Set(activity.participants.map((participant) => participant.role))].sort();

  return (
    <>
      <Section title={t('activities.form.participants')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {roles.length === 0 ? <Text c="dimmed">{t('form.none')}</Text> : null}
          {roles.map((role) => (
            <Part
              key={role}
              title={names.role(role)}
              items={activity.participants
                .filter((participant) => participant.role === role)
                .map((participant) => names.pick(participant.name))}
            />
          ))}
        </SimpleGrid>
      </Section>
      <Section title={t('activities.overview.classification')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Part
            title={t('activities.form.goals')}
            items={attributions
              .filter((item) => item.framework === 'carsi')
              .map((item) =>
                share(`${item.element}. ${names.element('carsi', item.element)}`, item.percentage),
              )}
          />
          <Part
            title={t('activities.form.components')}
            items={attributions
              .filter((item) => item.framework === 'esca')
              .map((item) =>
                share(`${item.element}. ${names.element('esca', item.element)}`, item.percentage),
              )}
          />
          <Part
            title={t('activities.form.sectors')}
            items={activity.sectors.map((item) =>
              share(`${item.code} ${names.sector(item.code)}`, item.percentage),
            )}
          />
          <Part
            title={t('activities.form.countries')}
            items={[
              ...activity.recipientCountries.map((item) => share(names.country(item.code), item.percentage)),
              ...activity.recipientRegions.map((item) =>
                share(t('activities.overview.region', { code: item.code }), item.percentage),
              ),
            ]}
          />
        </SimpleGrid>
      </Section>
      <Section title={t('activities.overview.documentsAndTags')}>
        <Part
          title={t('activities.form.documents')}
          items={activity.documents.map((document) => (
            <Anchor key={document.url} href={document.url} target="_blank" rel="noreferrer noopener">
              {names.pick(document.title) || document.url}
            </Anchor>
          ))}
        />
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('activities.form.tags')}
          </Title>
          {activity.tags.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('form.none')}
            </Text>
          ) : (
            <Group gap="xs" role="list">
              {activity.tags.map((tag) => (
                <Badge key={tag} variant="light" tt="none" role="listitem">
                  {tag}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </Section>
    </>
  );
}
