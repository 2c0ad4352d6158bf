import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/web/hooks/use-language';

/** A text in the UI language, with the other language's version one click away (when there is one). */
export function BilingualText({ text }: { readonly text: { readonly es: string; readonly en: string } }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const other = language === 'es' ? 'en' : 'es';
  const shown = text[language] === '' ? other : language;
  if (text.es === '' && text.en === '') {
    return <Text c="dimmed">{t('activities.overview.noText')}</Text>;
  }
  const alternative = shown === language ? other : language;
  return (
    <Stack gap={4}>
      <Text lang={shown} style={{ whiteSpace: 'pre-wrap' }}>
        {text[shown]}
      </Text>
      {text[alternative] === '' ? null : (
        <details>
          <summary>
            <Text span size="sm" c="blue.8">
              {t(`activities.overview.in.${alternative}`)}
            </Text>
          </summary>
          <Text lang={alternative} size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {text[alternative]}
          </Text>
        </details>
      )}
    </Stack>
  );
}
