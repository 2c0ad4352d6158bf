import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface ScrollTableProps {
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  readonly minWidth: number;
  /** Names the scrolling region for screen readers (the table's caption). */
  readonly label: string;
  readonly children: ReactNode;
}

/** A wide table that scrolls sideways on narrow screens, reachable and scrollable with the keyboard. */
export function ScrollTable({ minWidth, label, children }: ScrollTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
