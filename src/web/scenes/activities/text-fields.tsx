import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityDraft } from './activity-draft';

type TextKey = 'title' | 'description' | 'objectives';

interface TextFieldsProps {
  readonly value: ActivityDraft;
  readonly onChange: (value: ActivityDraft) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/** Title, description and objectives, each in Spanish and English side by side. */
export function TextFields({ value, onChange, errors }: TextFieldsProps) {
  const { t } = useTranslation();
  const field = (key: TextKey, language: 'es' | 'en') => ({
    label: t(`activities.form.${key}.${language}`),
    lang: language,
    value: value[key][language],
    onChange: (event: { currentTarget: { value: string } }) =>
      onChange({ ...value, [key]: { ...value[key], [language]: event.currentTarget.value } }),
    error: errors[`${key}.${language}`] ?? (language === 'es' ? errors[key] : undefined),
  });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput description={t('activities.form.titleHint')} maxLength={500} {...field('title', 'es')} />
        <TextInput description={t('activities.form.titleHint')} maxLength={500} {...field('title', 'en')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Textarea autosize minRows={3} maxRows={12} {...field('description', 'es')} />
        <Textarea autosize minRows={3} maxRows={12} {...field('description', 'en')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Textarea autosize minRows={2} maxRows={12} {...field('objectives', 'es')} />
        <Textarea autosize minRows={2} maxRows={12} {...field('objectives', 'en')} />
      </SimpleGrid>
    </>
  );
}
