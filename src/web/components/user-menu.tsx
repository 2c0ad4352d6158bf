import { Anchor, Box, Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSignOut } from '@/web/api/identity';
import { useSession } from '@/web/hooks/use-session';

/** "Sign in" for visitors; for a signed-in user, their name opening My account and Sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, user } = useSession();
  const signOut = useSignOut();

  if (state === 'loading') {
    return null;
  }
  if (user === undefined) {
    return (
      <Anchor component={Link} to="/sign-in" fw={600} size="sm" data-testid="sign-in-link">
        {t('session.signIn')}
      </Anchor>
    );
  }
  return (
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          size="sm"
          px="xs"
          maw={220}
          aria-label={t('session.menuLabel', { name: user.name })}
          data-testid="user-menu"
        >
          {/* Narrow screens show an icon: the name would push the header off the screen. */}
          <Text span inherit visibleFrom="sm" truncate="end">
            {user.name}
          </Text>
          <Box component="span" hiddenFrom="sm" display="inline-flex">
            <PersonIcon />
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/account">
          {t('session.myAccount')}
        </Menu.Item>
        <Menu.Item
          onClick={() =>
            signOut.mutate(undefined, { onSettled: () => void navigate('/', { replace: true }) })
          }
        >
          {t('session.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function PersonIcon() {
  return (
    <svg viewBox="0 0 24 24" width={22} height={22} aria-hidden="true" focusable="false">
      <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
