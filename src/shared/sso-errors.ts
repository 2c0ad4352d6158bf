/**
 * Why a single sign-on attempt ended back on the sign-in page, as `/sign-in?sso_error=<code>`: the browser
 * arrives there by redirect, so these are not API problems. Isomorphic, so the web app shows the same words.
 * docs/ERRORS.md lists them.
 */
export const SSO_ERROR_CODES = {
  not_configured: {
    es: 'El inicio de sesión único no está configurado en este servidor.',
    en: 'Single sign-on is not configured on this server.',
  },
  provider_unavailable: {
    es: 'No se pudo contactar al proveedor de identidad; inténtelo más tarde.',
    en: 'The identity provider could not be reached; try again later.',
  },
  provider_error: {
    es: 'El proveedor de identidad devolvió una respuesta no válida o un error.',
    en: 'The identity provider answered with an error or an invalid response.',
  },
  cancelled: {
    es: 'Se canceló el inicio de sesión en el proveedor de identidad.',
    en: 'Sign-in was cancelled at the identity provider.',
  },
  invalid_state: {
    es: 'El inicio de sesión caducó o no empezó en este navegador; vuelva a intentarlo.',
    en: 'The sign-in expired or did not start in this browser; try again.',
  },
  email_unverified: {
    es: 'El proveedor de identidad no confirmó su correo electrónico.',
    en: 'The identity provider did not confirm your e-mail address.',
  },
  not_allowed: {
    es: 'Su cuenta no tiene acceso a la plataforma; pida acceso a una persona administradora.',
    en: 'Your account has no access to the platform; ask an administrator for access.',
  },
} as const satisfies Record<string, { es: string; en: string }>;

export type SsoErrorCode = keyof typeof SSO_ERROR_CODES;
