import { Code } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type PublishedValues, publishedXmlLines } from './published-xml';

interface PublishedValuesProps {
  readonly values: PublishedValues;
  /** The element's id, for the button that shows and hides it (`aria-controls`). */
  readonly id?: string;
  readonly testId: string;
}

/**
 * The extension elements and attributes exactly as the publisher wrote them, in monospace. They are text:
 * React escapes them, so nothing published ever becomes markup of this page.
 */
export function PublishedValuesBlock({ values, id, testId }: PublishedValuesProps) {
  const { t } = useTranslation();
  return (
    <Code
      block
      id={id}
      tabIndex={0}
      role="region"
      aria-label={t('activities.published.label')}
      data-testid={testId}
      style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
    >
      {publishedXmlLines(values).join('\n')}
    </Code>
  );
}
