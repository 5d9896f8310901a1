// One lazily loaded chunk per page: a respondent never downloads Chart.js, a report reader never SurveyJS.

import { createBrowserRouter } from 'react-router';
import { PageError } from './components/page-error';

const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

export const router = createBrowserRouter([
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
    path: '/s/:token',
    lazy: page(() => import('./pages/take-survey/take-survey-page')),
    ErrorBoundary: PageError,
  },
  { path: '*', Component: () => <PageError notFound /> },
]);
