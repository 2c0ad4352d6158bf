import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/web/hooks/use-format';

interface LoadMoreProps {
  readonly shown: number;
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly onLoadMore: () => void;
}

/** How many rows are shown, and a button for the next page while there is one. */
export function LoadMore({ shown, hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="md" mt="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('form.shown', { number: format.integer(shown) })}
      </Text>
      {hasMore ? (
        <Button variant="default" onClick={onLoadMore} loading={loading} data-testid="load-more">
          {t('form.loadMore')}
        </Button>
      ) : null}
    </Group>
  );
}
