/**
 * Text colours of the light badges, as hex: Mantine tints a badge's background with a hex colour, whereas a
 * theme shade such as "red.9" fills the badge instead. Each is 4.5:1 or more on its tint, on striped rows too
 * (Mantine's own orange 9 and green 9 are not).
 */
export const BADGE_COLOURS = {
  red: '#a51d1d',
  orange: '#9a3412',
  green: '#1b5e20',
  blue: '#1864ab',
  gray: '#343a40',
} as const;
