import { Alert, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Mantine's Alert with its title in the text colour: the light variant colours the title
 * with the alert's own shade, which on its pale background falls below 4.5:1 (WCAG AA) for
 * blue, orange, yellow, green and red; the tinted background and border still tell the kind.
 */
export function Notice({
  children,
  styles,
  ...props
}: AlertProps & { children?: ReactNode; role?: string } & Record<`data-${string}`, unknown>) {
  return (
    <Alert {...props} styles={{ title: { color: 'var(--mantine-color-text)' }, ...(styles as object) }}>
      {children}
    </Alert>
  );
}
