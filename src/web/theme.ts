import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Mantine's default theme with a primary shade dark enough for text and links on white (WCAG AA), honouring reduced motion. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  focusRing: 'auto',
  // Dialogs and menus appear without fading for people (and test browsers) that ask for reduced motion.
  respectReducedMotion: true,
});

/**
 * Darkens the secondary text and error colours, whose defaults fall below 4.5:1 on white, and the text of
 * light green alerts (green 9 on their tint is 3.8:1; this green is 6.9:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-green-light-color': '#1b5e20',
  },
  dark: {},
});
