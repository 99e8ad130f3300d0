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
      { path: 'sign-in', lazy: () => import('../features/accounts/SignInPage').then((m) => ({ Component: m.SignInPage })) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
