import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation } from 'react-router';
import {
  ADMIN_SECTIONS,
  type AreaKey,
  areaPath,
  AREAS,
  INTEROPERABILITY_SECTIONS,
  isPlanned,
} from '@/web/areas';
import { useSession } from '@/web/hooks/use-session';

/** A page listed under its area in the menu. */
interface NestedPage {
  readonly key: string;
  readonly path: string;
  readonly label: string;
}

/**
 * Links to every area of the product; areas without a screen yet say so under their name. Administration
 * appears only to users allowed to open one of its pages, with those pages under it; the IATI import and data
 * sources pages are listed under Interoperability for users who may import.
 */
export function MainNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { can } = useSession();
  const nested: Partial<Record<AreaKey, { label: string; pages: NestedPage[] }>> = {
    admin: {
      label: t('admin.sections'),
      pages: ADMIN_SECTIONS.filter((section) => can(section.permission)).map((section) => ({
        key: section.key,
        path: section.path,
        label: t(`admin.${section.key}`),
      })),
    },
    interoperability: {
      label: t('nav.interoperabilitySections'),
      pages: INTEROPERABILITY_SECTIONS.filter((section) => can(section.permission)).map((section) => ({
        key: section.key,
        path: section.path,
        label: t(`nav.${section.key}`),
      })),
    },
  };
  const visible = AREAS.filter((area) => area !== 'admin' || (nested.admin?.pages.length ?? 0) > 0);
  return (
    <ul id="main-navigation" className="plain-list">
      {visible.map((area) => {
        const pages = nested[area];
        const hasPages = pages !== undefined && pages.pages.length > 0;
        return (
          <li key={area}>
            <AreaLink
              to={areaPath(area)}
              label={t(`nav.${area}`)}
              description={isPlanned(area) ? t('nav.comingSoon') : undefined}
              active={isActive(area, pathname, hasPages)}
            />
            {hasPages ? (
              <ul className="plain-list" aria-label={pages.label}>
                {pages.pages.map((page) => (
                  <li key={page.key}>
                    <AreaLink
                      to={page.path}
                      label={page.label}
                      active={matchPath({ path: page.path, end: false }, pathname) !== null}
                      nested
                    />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function isActive(area: AreaKey, pathname: string, hasPages: boolean): boolean {
  const path = areaPath(area);
  // An area with pages listed under it is current on its overview only: its pages have their own entries.
  return matchPath({ path, end: path === '/' || hasPages }, pathname) !== null;
}

interface AreaLinkProps {
  readonly to: string;
  readonly label: string;
  readonly description?: string | undefined;
  readonly active: boolean;
  readonly nested?: boolean;
}

function AreaLink({ to, label, description, active, nested = false }: AreaLinkProps) {
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      description={description}
      active={active}
      aria-current={active ? 'page' : undefined}
      variant="filled"
      // The darkest blue keeps white text above 4.5:1, hovered (one shade lighter) too.
      color="blue.9"
      pl={nested ? 'xl' : undefined}
    />
  );
}
