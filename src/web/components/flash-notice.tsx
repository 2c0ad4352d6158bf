import { Alert } from '@mantine/core';
import { useLocation } from 'react-router';

/** Navigation state that carries a confirmation to the next page (e.g. "Organisation registered."). */
export interface NoticeState {
  readonly notice?: string;
}

/** Shows the confirmation the previous page passed on, if any. */
export function FlashNotice() {
  const notice = (useLocation().state as NoticeState | null)?.notice;
  if (typeof notice !== 'string' || notice === '') {
    return null;
  }
  return (
    <Alert color="green" variant="light" role="status" mb="lg" maw={960} data-testid="flash-notice">
      {notice}
    </Alert>
  );
}
