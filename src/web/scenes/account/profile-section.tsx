import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '@/web/api/identity';
import { DetailList } from '@/web/components/detail-list';
import { Section } from '@/web/components/section';
import { useNames } from '@/web/hooks/use-grant-label';

/** The signed-in user's details, read-only: administrators change them. */
export function ProfileSection({ user }: { readonly user: SessionUser }) {
  const { t } = useTranslation();
  const names = useNames();
  return (
    <Section title={t('account.profile')} intro={t('account.profileNote')} testId="profile">
      <DetailList
        items={[
          { label: t('userFields.name'), value: user.name },
          { label: t('userFields.email'), value: user.email },
          { label: t('userFields.organisation'), value: names.organisation(user.organisationId) },
          { label: t('userFields.language'), value: user.language === 'en' ? 'English' : 'Español' },
          {
            label: t('account.roles'),
            value:
              user.grants.length === 0 ? (
                <Text span>{t('grants.none')}</Text>
              ) : (
                <List size="sm" spacing={2}>
                  {user.grants.map((grant) => (
                    <List.Item key={`${grant.role}:${grant.organisationId}:${grant.countryCode}`}>
                      {names.grant(grant)}
                    </List.Item>
                  ))}
                </List>
              ),
          },
        ]}
      />
    </Section>
  );
}
