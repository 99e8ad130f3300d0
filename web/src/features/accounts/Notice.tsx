import { Alert, type AlertProps } from '@mantine/core';

/**
 * An alert whose title is in the text colour: Mantine's light alerts colour the title with
 * the alert's own shade, which on its pale background is below 4.5:1 for yellow, green and
 * red (WCAG AA); the coloured background and border still tell the kind.
 */
export function Notice({ styles, ...props }: AlertProps & { role?: string }) {
  return <Alert {...props} styles={{ title: { color: 'var(--mantine-color-text)' }, ...(styles as object) }} />;
}
