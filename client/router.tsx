// One lazily loaded chunk per page: a respondent never downloads Chart.js, a report reader never SurveyJS.
// Pages that need an account sit under SessionBoundary; surveys, invitations, sign-in and the first start
// work for anyone.

import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageError } from './components/page-error';
import { PageLoading } from './components/page-loading';
import { SessionBoundary } from './components/session-boundary';

const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

const routes: RouteObject[] = [
  {
    Component: SessionBoundary,
    ErrorBoundary: PageError,
    children: [
      { path: '/', lazy: page(() => import('./pages/home/home-page')), ErrorBoundary: PageError },
      {
        path: '/organizations/:id',
        lazy: page(() => import('./pages/organization/organization-page')),
        ErrorBoundary: PageError,
      },
      {
        path: '/campaigns/:id',
        lazy: page(() => import('./pages/campaign/campaign-page')),
        ErrorBoundary: PageError,
      },
      {
        path: '/campaigns/:id/report',
        lazy: page(() => import('./pages/campaign-report/campaign-report-page')),
        ErrorBoundary: PageError,
      },
      {
        path: '/account/password',
        lazy: page(() => import('./pages/change-password/change-password-page')),
        ErrorBoundary: PageError,
      },
      {
        path: '/account/tokens',
        lazy: page(() => import('./pages/api-tokens/api-tokens-page')),
        ErrorBoundary: PageError,
      },
      {
        path: '/workshops/new',
        lazy: page(() => import('./pages/workshop-new/workshop-new-page')),
        ErrorBoundary: PageError,
      },
      {
        path: '/workshops/:id',
        lazy: page(() => import('./pages/workshop/workshop-page')),
        ErrorBoundary: PageError,
      },
      {
        path: '/workshops/:id/projector',
        lazy: page(() => import('./pages/workshop/projector-page')),
        ErrorBoundary: PageError,
      },
      {
        path: '/workshops/:id/summary',
        lazy: page(() => import('./pages/workshop/summary-page')),
        ErrorBoundary: PageError,
      },
    ],
  },
  { path: '/setup', lazy: page(() => import('./pages/setup/setup-page')), ErrorBoundary: PageError },
  { path: '/login', lazy: page(() => import('./pages/login/login-page')), ErrorBoundary: PageError },
  {
    path: '/invitations/:token',
    lazy: page(() => import('./pages/accept-invitation/accept-invitation-page')),
    ErrorBoundary: PageError,
  },
  {
    path: '/reset-password/:token',
    lazy: page(() => import('./pages/change-password/reset-password-page')),
    ErrorBoundary: PageError,
  },
  {
    path: '/code',
    lazy: page(() => import('./pages/enter-code/enter-code-page')),
    ErrorBoundary: PageError,
  },
  {
    path: '/s/:token',
    lazy: page(() => import('./pages/take-survey/take-survey-page')),
    ErrorBoundary: PageError,
  },
  {
    path: '/w/:code',
    lazy: page(() => import('./pages/join-workshop/join-workshop-page')),
    ErrorBoundary: PageError,
  },
  { path: '*', Component: () => <PageError notFound /> },
];

// Every page's code arrives after the first render, so each top-level route says what to show meanwhile
// (without it React Router warns on every page load).
export const router = createBrowserRouter(
  routes.map((route) => ({ HydrateFallback: PageLoading, ...route })),
);
