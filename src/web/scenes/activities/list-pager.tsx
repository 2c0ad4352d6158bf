import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/web/hooks/use-format';
import { PAGE_SIZE } from './list-query';

interface ListPagerProps {
  /** The first row of the page shown (0-based). */
  readonly cursor: number;
  readonly shown: number;
  readonly total: number;
  readonly nextCursor: string | null;
  readonly loading: boolean;
  readonly onPage: (cursor: number) => void;
}

/** "1–50 of 231" and the buttons to the previous and next page. */
export function ListPager({ cursor, shown, total, nextCursor, loading, onPage }: ListPagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="md" justify="space-between" component="nav" aria-label={t('activities.pager.label')}>
      <Text size="sm" aria-live="polite" data-testid="activity-range">
        {t('activities.pager.range', {
          from: format.integer(cursor + 1),
          to: format.integer(cursor + shown),
          total: format.integer(total),
        })}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          disabled={cursor === 0 || loading}
          onClick={() => onPage(Math.max(0, cursor - PAGE_SIZE))}
        >
          {t('activities.pager.previous')}
        </Button>
        <Button
          variant="default"
          size="xs"
          disabled={nextCursor === null || loading}
          onClick={() => onPage(Number(nextCursor))}
          data-testid="next-page"
        >
          {t('activities.pager.next')}
        </Button>
      </Group>
    </Group>
  );
}
