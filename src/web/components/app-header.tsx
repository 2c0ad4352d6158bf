import { Anchor, Burger, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

interface AppHeaderProps {
  readonly navigationOpened: boolean;
  readonly onToggleNavigation: () => void;
}

export function AppHeader({ navigationOpened, onToggleNavigation }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navigationOpened}
          onClick={onToggleNavigation}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('app.toggleNavigation')}
          aria-expanded={navigationOpened}
          aria-controls="main-navigation"
        />
        <Stack gap={0}>
          <Anchor component={Link} to="/" c="dark.9" fw={700} size="lg" underline="hover" lh={1.2}>
            <Text span inherit visibleFrom="sm">
              {t('app.name')}
            </Text>
            <Text span inherit hiddenFrom="sm">
              {t('app.shortName')}
            </Text>
          </Anchor>
          <Text size="xs" c="dimmed" visibleFrom="md">
            {t('app.tagline')}
          </Text>
        </Stack>
      </Group>
      <Group gap="md" wrap="nowrap">
        <LanguageSwitch />
        <UserMenu />
      </Group>
    </Group>
  );
}
