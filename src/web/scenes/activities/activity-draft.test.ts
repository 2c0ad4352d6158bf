import { describe, expect, it } from 'vitest';
import { activityInput, EMPTY_ACTIVITY } from './activity-draft';
import { numberProblems, percentageSum } from './draft-numbers';
import { formKeyOf } from './use-activity-form-problems';

const draft = {
  ...EMPTY_ACTIVITY,
  reportingOrgId: 'org',
  title: { es: 'Título', en: '' },
  goals: [
    { code: '1', percentage: '60' },
    { code: '2', percentage: '40' },
  ],
  components: [{ code: 'B', percentage: '100' }],
  locations: [
    {
      country: 'HN',
      subdivisionCode: 'HN-CR',
      name: ' SPS ',
      latitude: '15,5',
      longitude: '',
      percentage: '100',
    },
  ],
  tags: 'juventud, , prevención ',
};

describe('activity form', () => {
  it('sends numbers as numbers, empty texts as null and the attributions of both frameworks', () => {
    const input = activityInput(draft, [{ framework: 'other', element: 'x', percentage: 100 }]);
    expect(input.locations).toEqual([
      { subdivisionCode: 'HN-CR', name: 'SPS', latitude: 15.5, longitude: null, percentage: 100 },
    ]);
    expect(input.attributions).toEqual([
      { framework: 'carsi', element: '1', percentage: 60 },
      { framework: 'carsi', element: '2', percentage: 40 },
      { framework: 'esca', element: 'B', percentage: 100 },
      { framework: 'other', element: 'x', percentage: 100 },
    ]);
    expect(input.tags).toEqual(['juventud', 'prevención']);
    expect(input.iatiIdentifier).toBeNull();
  });

  it('reports numbers that are not numbers, by field', () => {
    const bad = { ...draft, goals: [{ code: '1', percentage: 'sesenta' }] };
    expect(numberProblems(bad, 'no')).toEqual({ 'goals.0.percentage': 'no' });
    expect(numberProblems(draft, 'no')).toEqual({});
  });

  it('sums percentages in hundredths', () => {
    expect(percentageSum([{ percentage: '33.33' }, { percentage: '33,33' }, { percentage: '33.34' }])).toBe(
      100,
    );
  });

  it('places attribution problems on the goal or component row', () => {
    expect(formKeyOf('attributions.1.percentage', draft)).toBe('goals.1.percentage');
    expect(formKeyOf('attributions.2.element', draft)).toBe('components.0.element');
    expect(formKeyOf('attributions.3', draft)).toBe('attributions');
    expect(formKeyOf('attributions', draft)).toBe('attributions');
    expect(formKeyOf('sectors.0.code', draft)).toBe('sectors.0.code');
  });
});
