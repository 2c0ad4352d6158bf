import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDeleteButtonProps {
  readonly pending: boolean;
  readonly onConfirm: () => void;
}

/** A delete action in two steps: the first press asks for confirmation, the second deletes. */
export function ConfirmDeleteButton({ pending, onConfirm }: ConfirmDeleteButtonProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <Button
      size="compact-sm"
      variant={confirming ? 'filled' : 'subtle'}
      color="red.9"
      c={confirming ? 'white' : 'red.9'}
      loading={pending}
      onClick={() => {
        if (!confirming) {
          setConfirming(true);
          return;
        }
        setConfirming(false);
        onConfirm();
      }}
    >
      {confirming ? t('activities.funding.confirmDelete') : t('activities.funding.delete')}
    </Button>
  );
}
