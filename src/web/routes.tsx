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
const ImportsScene = lazy(() => import('@/web/scenes/iati/imports-scene'));
const ImportScene = lazy(() => import('@/web/scenes/iati/import-scene'));
const SourcesScene = lazy(() => import('@/web/scenes/sources/sources-scene'));
const SourceScene = lazy(() => import('@/web/scenes/sources/source-scene'));
const SignInScene = lazy(() => import('@/web/scenes/auth/sign-in-scene'));
const ForgotPasswordScene = lazy(() => import('@/web/scenes/auth/forgot-password-scene'));
const ResetPasswordScene = lazy(() => import('@/web/scenes/auth/reset-password-scene'));
const SetupScene = lazy(() => import('@/web/scenes/auth/setup-scene'));
const AccountScene = lazy(() => import('@/web/scenes/account/account-scene'));
const AdminScene = lazy(() => import('@/web/scenes/admin/admin-scene'));
const OrganisationsScene = lazy(() => import('@/web/scenes/admin/organisations/organisations-scene'));
const OrganisationNewScene = lazy(() => import('@/web/scenes/admin/organisations/organisation-new-scene'));
const OrganisationEditScene = lazy(() => import('@/web/scenes/admin/organisations/organisation-edit-scene'));
const UsersScene = lazy(() => import('@/web/scenes/admin/users/users-scene'));
const UserNewScene = lazy(() => import('@/web/scenes/admin/users/user-new-scene'));
const UserScene = lazy(() => import('@/web/scenes/admin/users/user-scene'));
const AuditScene = lazy(() => import('@/web/scenes/admin/audit/audit-scene'));
const MailScene = lazy(() => import('@/web/scenes/admin/mail/mail-scene'));
const ActivitiesScene = lazy(() => import('@/web/scenes/activities/activities-scene'));
const ActivityNewScene = lazy(() => import('@/web/scenes/activities/activity-new-scene'));
const ActivityScene = lazy(() => import('@/web/scenes/activities/activity-scene'));
const ActivityEditScene = lazy(() => import('@/web/scenes/activities/activity-edit-scene'));
const FundingScene = lazy(() => import('@/web/scenes/funding/funding-scene'));
const FundingSettingsScene = lazy(() => import('@/web/scenes/funding-settings/funding-settings-scene'));
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
        <Route path="interoperability/imports" element={<ImportsScene />} />
        <Route path="interoperability/imports/:id" element={<ImportScene />} />
        <Route path="interoperability/sources" element={<SourcesScene />} />
        <Route path="interoperability/sources/:id" element={<SourceScene />} />
        <Route path="sign-in" element={<SignInScene />} />
        <Route path="forgot-password" element={<ForgotPasswordScene />} />
        <Route path="reset-password" element={<ResetPasswordScene />} />
        <Route path="setup" element={<SetupScene />} />
        <Route path="account" element={<AccountScene />} />
        <Route path="admin" element={<AdminScene />} />
        <Route path="admin/organisations" element={<OrganisationsScene />} />
        <Route path="admin/organisations/new" element={<OrganisationNewScene />} />
        <Route path="admin/organisations/:id" element={<OrganisationEditScene />} />
        <Route path="admin/users" element={<UsersScene />} />
        <Route path="admin/users/new" element={<UserNewScene />} />
        <Route path="admin/users/:id" element={<UserScene />} />
        <Route path="admin/audit" element={<AuditScene />} />
        <Route path="admin/mail" element={<MailScene />} />
        <Route path="activities" element={<ActivitiesScene />} />
        <Route path="activities/new" element={<ActivityNewScene />} />
        <Route path="activities/:id" element={<ActivityScene />} />
        <Route path="activities/:id/edit" element={<ActivityEditScene />} />
        <Route path="funding" element={<FundingScene />} />
        <Route path="funding/settings" element={<FundingSettingsScene />} />
        {PLANNED_AREAS.map((area) => (
          <Route key={area} path={areaPath(area)} element={<NotBuiltScene area={area} />} />
        ))}
        <Route path="*" element={<NotFoundScene />} />
      </Route>
    </Routes>
  );
}
