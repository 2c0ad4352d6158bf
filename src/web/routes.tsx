import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from '@/web/components/app-layout';
import { areaPath, PLANNED_AREAS } from './areas';

// Scenes load on demand, so the first page does not wait for the code of every other one.
const HomeScene = lazy(() => import('@/web/scenes/home/home-scene'));
const FrameworksScene = lazy(() => import('@/web/scenes/frameworks/frameworks-scene'));
const PartnersScene = lazy(() => import('@/web/scenes/partners/partners-scene'));
const CountryScene = lazy(() => import('@/web/scenes/partners/country-scene'));
const InteroperabilityScene = lazy(() => import('@/web/scenes/interoperability/interoperability-scene'));
const NotBuiltScene = lazy(() => import('@/web/scenes/not-built-scene'));
const NotFoundScene = lazy(() => import('@/web/scenes/not-found-scene'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomeScene />} />
        <Route path="frameworks" element={<FrameworksScene />} />
        <Route path="partners" element={<PartnersScene />} />
        <Route path="partners/:code" element={<CountryScene />} />
        <Route path="interoperability" element={<InteroperabilityScene />} />
        {PLANNED_AREAS.map((area) => (
          <Route key={area} path={areaPath(area)} element={<NotBuiltScene area={area} />} />
        ))}
        <Route path="*" element={<NotFoundScene />} />
      </Route>
    </Routes>
  );
}
