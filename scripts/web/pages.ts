/**
 * Every page of the web app with a demo-data address, in one list: the screenshot script, the
 * web benchmark and the browser tests walk it.
 */
export interface WebPage {
  name: string;
  path: string;
  /** A selector present once the page shows its data. */
  ready: string;
}

export const WEB_PAGES: WebPage[] = [
  { name: 'dashboard', path: '/?cycle=RR2-ECA-2024', ready: '[data-figure="mean-level"] [data-value]' },
  { name: 'objectives', path: '/objectives', ready: 'table a[href="/objectives/16"]' },
  { name: 'objective-16', path: '/objectives/16?cycle=RR2-ECA-2024', ready: '#objective-regions' },
  { name: 'sign-in', path: '/sign-in', ready: 'form input[type="email"]' },
];
