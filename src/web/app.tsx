import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { ApiProblem } from '@/web/api/api-problem';
import { SESSION_KEY } from '@/web/api/identity';
import { ReauthProvider } from '@/web/components/reauth-provider';
import { i18n } from '@/web/i18n/i18n';
import { AppRoutes } from './routes';
import { cssVariablesResolver, theme } from './theme';

/**
 * A 401 means the session ended (sign-out elsewhere, idle timeout, disabled account) and a CSRF failure
 * means the page holds an old token: either way the session is read again, and the pages follow it.
 */
function onApiError(error: unknown): void {
  if (error instanceof ApiProblem && (error.status === 401 || error.code === 'csrf_failed')) {
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      // A 4xx answer will not change on retry; network failures and 5xx get two more tries.
      retry: (failureCount, error) =>
        !(error instanceof ApiProblem && error.status < 500) && failureCount < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
          <ReauthProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </ReauthProvider>
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
