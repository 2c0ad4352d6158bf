import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface SettingsTableProps {
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  readonly minWidth: number;
  /** What the table holds: its caption and the name of its scrolling region. */
  readonly caption: string;
  readonly testId: string;
  /** The table's head and body. */
  readonly children: ReactNode;
}

/** A striped table that scrolls sideways on narrow screens, reachable and scrollable with the keyboard. */
export function SettingsTable({ minWidth, caption, testId, children }: SettingsTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={caption}>
      <Table striped data-testid={testId}>
        <Table.Caption>{caption}</Table.Caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
