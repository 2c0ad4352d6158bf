import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation } from 'react-router';
import { ADMIN_SECTIONS, type AreaKey, areaPath, AREAS, isPlanned } from '@/web/areas';
import { useSession } from '@/web/hooks/use-session';

/**
 * Links to every area of the product; areas without a screen yet say so under their name. Administration
 * appears only to users allowed to open one of its pages, with those pages under it.
 */
export function MainNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { can } = useSession();
  const adminSections = ADMIN_SECTIONS.filter((section) => can(section.permission));
  const visible = AREAS.filter((area) => area !== 'admin' || adminSections.length > 0);
  return (
    <ul id="main-navigation" className="plain-list">
      {visible.map((area) => (
        <li key={area}>
          <AreaLink
            to={areaPath(area)}
            label={t(`nav.${area}`)}
            description={isPlanned(area) ? t('nav.comingSoon') : undefined}
            active={isActive(area, pathname)}
          />
          {area === 'admin' ? (
            <ul className="plain-list" aria-label={t('admin.sections')}>
              {adminSections.map((section) => (
                <li key={section.key}>
                  <AreaLink
                    to={section.path}
                    label={t(`admin.${section.key}`)}
                    active={matchPath({ path: section.path, end: false }, pathname) !== null}
                    nested
                  />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function isActive(area: AreaKey, pathname: string): boolean {
  const path = areaPath(area);
  // The administration entry is current on its overview only: its pages have their own entries.
  return matchPath({ path, end: path === '/' || area === 'admin' }, pathname) !== null;
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
