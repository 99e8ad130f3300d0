import { Alert, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Mantine's Alert with its title in the text colour: the light variant's coloured titles
 * (blue, orange) fall below 4.5:1 contrast on their tinted background.
 */
export function Notice({
  children,
  ...props
}: AlertProps & { children?: ReactNode; 'data-notice'?: string } & Record<`data-${string}`, unknown>) {
  return (
    <Alert {...props} styles={{ title: { color: 'var(--mantine-color-text)' } }}>
      {children}
    </Alert>
  );
}
