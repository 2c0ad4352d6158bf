import { Group, SegmentedControl, Text, useMatches } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/web/hooks/use-language';
import { isLanguage } from '@/web/i18n/language';

const LABEL_ID = 'language-switch-label';

/** Spanish / English switch; each option is written in its own language so either reader finds it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  // Compact on phones, where the header also holds the menu button, the name and the account menu.
  const size = useMatches({ base: 'xs', sm: 'sm' });
  return (
    <Group gap="xs" wrap="nowrap">
      <Text id={LABEL_ID} size="sm" visibleFrom="md">
        {t('app.language')}
      </Text>
      <SegmentedControl
        aria-labelledby={LABEL_ID}
        data-testid="language-switch"
        name="language"
        size={size}
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
