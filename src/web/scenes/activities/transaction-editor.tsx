import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Transaction } from '@/web/api/activities';
import { RecordOutcomeNotice } from '@/web/components/record-outcome';
import { TransactionForm } from './transaction-form';

interface TransactionEditorProps {
  readonly activity: Activity;
  /** The transaction being changed, as last loaded (after a conflict: the version someone else saved). */
  readonly transaction: Transaction | undefined;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}

/** A dialog with the transaction's form pre-filled; it is open while there is a transaction to change. */
export function TransactionEditor({ activity, transaction, onSaved, onClose }: TransactionEditorProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={transaction !== undefined}
      onClose={onClose}
      title={t('activities.transaction.editTitle')}
      closeButtonProps={{ 'aria-label': t('form.close') }}
      size="xl"
    >
      {transaction === undefined ? null : (
        <EditorBody
          key={transaction.id}
          activity={activity}
          transaction={transaction}
          onSaved={onSaved}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

/** The form, started again from each new version; a conflict (412) is explained above it. */
function EditorBody({
  activity,
  transaction,
  onSaved,
  onClose,
}: TransactionEditorProps & { transaction: Transaction }) {
  const [conflict, setConflict] = useState<unknown>(null);
  return (
    <>
      {conflict === null ? null : <RecordOutcomeNotice outcome={{ kind: 'conflict', error: conflict }} />}
      <TransactionForm
        key={transaction.version}
        activity={activity}
        transaction={transaction}
        onSaved={onSaved}
        onCancel={onClose}
        onConflict={setConflict}
      />
    </>
  );
}
