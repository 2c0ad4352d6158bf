/** Kinds of work in the demo portfolio, with how each is classified. */
export interface DemoTheme {
  readonly title: { es: string; en: string };
  readonly goals: readonly string[];
  readonly esca: string;
  readonly sectors: readonly string[];
}

export const DEMO_THEMES: readonly DemoTheme[] = [
  { title: { es: 'Policía comunitaria y comisaría modelo', en: 'Community policing and model precinct' }, goals: ['1', '4'], esca: 'B', sectors: ['15210'] },
  { title: { es: 'Centros de alcance juvenil', en: 'Youth outreach centres' }, goals: ['4'], esca: 'B', sectors: ['15220', '16020'] },
  { title: { es: 'Seguridad fronteriza e interdicción', en: 'Border security and interdiction' }, goals: ['2'], esca: 'A', sectors: ['15210'] },
  { title: { es: 'Formación de fiscales y jueces', en: 'Training of prosecutors and judges' }, goals: ['3'], esca: 'D', sectors: ['15130'] },
  { title: { es: 'Prevención de pandillas y reinserción', en: 'Gang prevention and reinsertion' }, goals: ['1', '4'], esca: 'C', sectors: ['15220', '15240'] },
  { title: { es: 'Apoyo a la recaudación tributaria', en: 'Tax-collection support' }, goals: ['3'], esca: 'D', sectors: ['15114'] },
  { title: { es: 'Derechos humanos para fuerzas de seguridad', en: 'Human rights for security forces' }, goals: ['3', '1'], esca: 'D', sectors: ['15160'] },
  { title: { es: 'Intercambio regional de información', en: 'Regional information sharing' }, goals: ['5', '2'], esca: 'A', sectors: ['15210'] },
  { title: { es: 'Gestión penitenciaria', en: 'Prison management' }, goals: ['3'], esca: 'C', sectors: ['15130'] },
  { title: { es: 'Prevención de la violencia contra las mujeres', en: 'Preventing violence against women' }, goals: ['1', '4'], esca: 'B', sectors: ['15180'] },
  { title: { es: 'Observatorio de la violencia', en: 'Violence observatory' }, goals: ['5', '3'], esca: 'D', sectors: ['15110'] },
  { title: { es: 'Lucha contra la corrupción', en: 'Anti-corruption' }, goals: ['3'], esca: 'D', sectors: ['15113'] },
]; // prettier-ignore

/** The seven partner countries with their weight in the demo (how many activities each gets) and names. */
export const DEMO_COUNTRIES: readonly { code: string; weight: number; name: { es: string; en: string } }[] = [
  { code: 'GT', weight: 6, name: { es: 'Guatemala', en: 'Guatemala' } },
  { code: 'HN', weight: 6, name: { es: 'Honduras', en: 'Honduras' } },
  { code: 'SV', weight: 5, name: { es: 'El Salvador', en: 'El Salvador' } },
  { code: 'PA', weight: 3, name: { es: 'Panamá', en: 'Panama' } },
  { code: 'CR', weight: 3, name: { es: 'Costa Rica', en: 'Costa Rica' } },
  { code: 'BZ', weight: 2, name: { es: 'Belice', en: 'Belize' } },
  { code: 'NI', weight: 1, name: { es: 'Nicaragua', en: 'Nicaragua' } },
];
