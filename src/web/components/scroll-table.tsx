import { Table, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface ScrollTableProps {
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  readonly minWidth: number;
  /** What the table holds; shown above it (where a narrow screen does not cut it) and naming it. */
  readonly caption: string;
  readonly testId: string;
  /** The table's head, body and foot. */
  readonly children: ReactNode;
}

/** A striped table that scrolls sideways on narrow screens, reachable and scrollable with the keyboard. */
export function ScrollTable({ minWidth, caption, testId, children }: ScrollTableProps) {
  const id = useId();
  return (
    <div>
      <Text size="sm" c="dimmed" id={id} mb={4}>
        {caption}
      </Text>
      <Table.ScrollContainer
        minWidth={minWidth}
        type="native"
        tabIndex={0}
        role="region"
        aria-labelledby={id}
      >
        <Table striped verticalSpacing={6} aria-labelledby={id} data-testid={testId}>
          {children}
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
