import { Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/web/hooks/use-language';
import { isLanguage } from '@/web/i18n/language';

const LABEL_ID = 'language-switch-label';

/** Spanish / English switch; each option is written in its own language so either reader finds it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text id={LABEL_ID} size="sm" visibleFrom="md">
        {t('app.language')}
      </Text>
      <SegmentedControl
        aria-labelledby={LABEL_ID}
        data-testid="language-switch"
        name="language"
        value={language}
        onChange={(value) => {
          if (isLanguage(value)) {
            setLanguage(value);
          }
        }}
        data={[
          { value: 'es', label: <span lang="es">Español</span> },
          { value: 'en', label: <span lang="en">English</span> },
        ]}
      />
    </Group>
  );
}
