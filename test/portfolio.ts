import type { ActivityInput } from '@/modules/activities';
import { createActivity } from '@/modules/activities';
import type { Db } from '@/platform/db/connect';
import { testContext } from './db';
import { makeOrganisation } from './identity';

let counter = 0;

/** Factory input: a Honduran activity of `reportingOrgId`, split over two goals, with one location. */
export function activityInput(reportingOrgId: string, overrides: Partial<ActivityInput> = {}): ActivityInput {
  counter += 1;
  return {
    level: 'activity',
    reportingOrgId,
    iatiIdentifier: `XM-TEST-${counter}-${Date.now()}`,
    title: { es: `Policía comunitaria ${counter}`, en: `Community policing ${counter}` },
    status: '2',
    plannedStart: '2020-01-01',
    plannedEnd: '2023-12-31',
    defaultCurrency: 'USD',
    sectors: [{ vocabulary: '1', code: '15210', percentage: 100 }],
    recipientCountries: [{ code: 'HN', percentage: 100 }],
    locations: [
      {
        subdivisionCode: 'HN-CR',
        name: 'San Pedro Sula',
        latitude: 15.5,
        longitude: -88.03,
        percentage: 100,
      },
    ],
    attributions: [
      { framework: 'carsi', element: '1', percentage: 60 },
      { framework: 'carsi', element: '4', percentage: 40 },
    ],
    ...overrides,
  };
}

/** Factory: an organisation (US federal fiscal year unless told) and one activity it reports. */
export async function makeActivity(db: Db, overrides: Partial<ActivityInput> = {}) {
  const organisation = await makeOrganisation(db, { countryCode: 'US' });
  const activity = await createActivity({
    ctx: testContext(db),
    input: activityInput(organisation.id, overrides),
  });
  return { organisation, activity };
}
