import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation } from 'react-router';
import { areaPath, AREAS, isPlanned } from '@/web/areas';

/** Links to every area of the product; areas without a screen yet say so under their name. */
export function MainNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <ul id="main-navigation" className="plain-list">
      {AREAS.map((area) => {
        const path = areaPath(area);
        const active = matchPath({ path, end: path === '/' }, pathname) !== null;
        return (
          <li key={area}>
            <NavLink
              component={Link}
              to={path}
              label={t(`nav.${area}`)}
              description={isPlanned(area) ? t('nav.comingSoon') : undefined}
              active={active}
              aria-current={active ? 'page' : undefined}
              variant="filled"
              // The darkest blue keeps white text above 4.5:1, hovered (one shade lighter) too.
              color="blue.9"
            />
          </li>
        );
      })}
    </ul>
  );
}
