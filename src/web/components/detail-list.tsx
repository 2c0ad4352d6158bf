import type { ReactNode } from 'react';

/** Label–value pairs of one record, as a description list. */
export function DetailList({ items }: { readonly items: readonly { label: string; value: ReactNode }[] }) {
  return (
    <dl className="detail-list">
      {items.map((item) => (
        <div key={item.label} className="detail-list-row">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
