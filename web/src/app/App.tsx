import { Anchor, createTheme, MantineProvider } from '@mantine/core';
import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { createGraphqlClient } from '../lib/graphql-client';
import { createI18n } from '../lib/i18n';
import { router } from './router';
import { SessionProvider } from './session';

const theme = createTheme({
  primaryColor: 'un',
  colors: {
    // UN blue shades, darkened where text sits on them so contrast stays above 4.5:1.
    un: ['#e6f2fb', '#cce3f5', '#99c6eb', '#66a9e0', '#338dd6', '#1c6bb0', '#15568e', '#10416c', '#0a2c4a', '#051728'],
  },
  primaryShade: 6,
  // Text on filled colours is black or white, whichever contrasts more (WCAG AA).
  autoContrast: true,
  luminanceThreshold: 0.18,
  // Links are underlined, so they stand out from the text around them without relying on colour.
  components: { Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }) },
  fontFamily: '"Noto Sans", system-ui, sans-serif',
  headings: { fontFamily: '"Noto Sans", system-ui, sans-serif' },
});

export function App() {
  const client = useMemo(createGraphqlClient, []);
  const i18n = useMemo(() => createI18n(), []);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <UrqlProvider value={client}>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </UrqlProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
