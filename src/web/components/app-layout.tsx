import { AppShell, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { AppHeader } from './app-header';
import { DemoModeBanner } from './demo-mode-banner';
import { MainNav } from './main-nav';
import { LoadingState } from './query-status';
import { SiteFooter } from './site-footer';

const MAIN_ID = 'main-content';

/**
 * Starts the reader at the top of the page again, as a new page would: for steps that replace the page's
 * content without a change of address (e.g. setup → second factor).
 */
export function focusMainContent(): void {
  window.scrollTo(0, 0);
  document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
}

/** The frame of every page: skip link, header, navigation, main region and footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const [navigationOpened, navigation] = useDisclosure(false);
  const mainRef = useMainFocusOnNavigation(navigation.close);

  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 272, breakpoint: 'sm', collapsed: { mobile: !navigationOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <AppHeader navigationOpened={navigationOpened} onToggleNavigation={navigation.toggle} />
        </AppShell.Header>
        <AppShell.Navbar aria-label={t('nav.label')} p="xs">
          <AppShell.Section grow component={ScrollArea}>
            <MainNav />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} ref={mainRef} tabIndex={-1}>
          <DemoModeBanner />
          <Suspense fallback={<LoadingState minHeight={240} />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
        <SiteFooter />
      </AppShell>
    </>
  );
}

/**
 * After a client-side navigation, moves focus to the main region and back to the top, as a full page load
 * would, so keyboard and screen-reader users start reading the new page; also closes the mobile menu.
 */
function useMainFocusOnNavigation(closeNavigation: () => void) {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) {
      return;
    }
    previousPathname.current = pathname;
    closeNavigation();
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname, closeNavigation]);

  return mainRef;
}
