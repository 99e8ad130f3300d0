import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

/**
 * Every page is its own chunk, loaded when it is first visited: ECharts and the map shapes
 * come only with the pages that draw charts.
 */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, lazy: () => import('../features/dashboard/DashboardPage').then((m) => ({ Component: m.DashboardPage })) },
      { path: 'objectives', lazy: () => import('../features/objectives/ObjectivesPage').then((m) => ({ Component: m.ObjectivesPage })) },
      {
        path: 'objectives/:number',
        lazy: () => import('../features/objectives/ObjectivePage').then((m) => ({ Component: m.ObjectivePage })),
      },
      { path: 'countries', lazy: () => import('../features/countries/CountriesPage').then((m) => ({ Component: m.CountriesPage })) },
      { path: 'countries/:iso3', lazy: () => import('../features/countries/CountryPage').then((m) => ({ Component: m.CountryPage })) },
      { path: 'pledges', lazy: () => import('../features/pledges/PledgesPage').then((m) => ({ Component: m.PledgesPage })) },
      { path: 'pledges/:id', lazy: () => import('../features/pledges/PledgePage').then((m) => ({ Component: m.PledgePage })) },
      // A focal point's pledges: its list, the editor (new and existing), the status updates; the secretariat's import.
      { path: 'my-pledges', lazy: () => import('../features/pledges/MyPledgesPage').then((m) => ({ Component: m.MyPledgesPage })) },
      {
        path: 'pledges/new',
        lazy: () => import('../features/pledges/PledgeEditorPage').then((m) => ({ Component: m.PledgeEditorPage })),
      },
      {
        path: 'pledges/:id/edit',
        lazy: () => import('../features/pledges/PledgeEditorPage').then((m) => ({ Component: m.PledgeEditorPage })),
      },
      {
        path: 'pledges/:id/update',
        lazy: () => import('../features/pledges/PledgeUpdatePage').then((m) => ({ Component: m.PledgeUpdatePage })),
      },
      {
        path: 'admin/pledge-import',
        lazy: () => import('../features/pledges/PledgeImportPage').then((m) => ({ Component: m.PledgeImportPage })),
      },
      { path: 'practices', lazy: () => import('../features/practices/PracticesPage').then((m) => ({ Component: m.PracticesPage })) },
      { path: 'practices/:id', lazy: () => import('../features/practices/PracticePage').then((m) => ({ Component: m.PracticePage })) },
      // A focal point's good practices: its lists, the editor (new and existing); the audit trail for the secretariat.
      {
        path: 'my-practices',
        lazy: () => import('../features/practices/MyPracticesPage').then((m) => ({ Component: m.MyPracticesPage })),
      },
      {
        path: 'practices/new',
        lazy: () => import('../features/practices/PracticeEditorPage').then((m) => ({ Component: m.PracticeEditorPage })),
      },
      {
        path: 'practices/:id/edit',
        lazy: () => import('../features/practices/PracticeEditorPage').then((m) => ({ Component: m.PracticeEditorPage })),
      },
      { path: 'admin/audit', lazy: () => import('../features/audit/AuditTrailPage').then((m) => ({ Component: m.AuditTrailPage })) },
      { path: 'events', lazy: () => import('../features/events/TimelinePage').then((m) => ({ Component: m.TimelinePage })) },
      { path: 'events/:id', lazy: () => import('../features/events/EventPage').then((m) => ({ Component: m.EventPage })) },
      { path: 'compare', lazy: () => import('../features/compare/ComparePage').then((m) => ({ Component: m.ComparePage })) },
      { path: 'reports', lazy: () => import('../features/reports/MyReportsPage').then((m) => ({ Component: m.MyReportsPage })) },
      {
        path: 'reports/:cycle/:objective',
        lazy: () => import('../features/reports/EntryEditorPage').then((m) => ({ Component: m.EntryEditorPage })),
      },
      { path: 'review', lazy: () => import('../features/review/ReviewQueuePage').then((m) => ({ Component: m.ReviewQueuePage })) },
      {
        path: 'review/entries/:id',
        lazy: () => import('../features/review/EntryReviewPage').then((m) => ({ Component: m.EntryReviewPage })),
      },
      {
        path: 'review/practices/:id',
        lazy: () => import('../features/review/PracticeReviewPage').then((m) => ({ Component: m.PracticeReviewPage })),
      },
      { path: 'admin/windows', lazy: () => import('../features/review/WindowsPage').then((m) => ({ Component: m.WindowsPage })) },
      { path: 'sign-in', lazy: () => import('../features/accounts/SignInPage').then((m) => ({ Component: m.SignInPage })) },
      {
        path: 'forgot-password',
        lazy: () => import('../features/accounts/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage })),
      },
      {
        path: 'set-password',
        lazy: () => import('../features/accounts/SetPasswordPage').then((m) => ({ Component: m.SetPasswordPage })),
      },
      {
        path: 'notifications',
        lazy: () => import('../features/notifications/NotificationsPage').then((m) => ({ Component: m.NotificationsPage })),
      },
      { path: 'setup', lazy: () => import('../features/accounts/SetupPage').then((m) => ({ Component: m.SetupPage })) },
      { path: 'account', lazy: () => import('../features/accounts/AccountPage').then((m) => ({ Component: m.AccountPage })) },
      {
        path: 'admin/accounts',
        lazy: () => import('../features/accounts/AccountsAdminPage').then((m) => ({ Component: m.AccountsAdminPage })),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
