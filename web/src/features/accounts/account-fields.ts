import type { TFunction } from 'i18next';

/** The API's password rule (PASSWORD_MIN, PASSWORD_MAX in the server's account inputs), checked before sending too. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const passwordProblem = (password: string): boolean => password.length < PASSWORD_MIN || password.length > PASSWORD_MAX;

/**
 * The words, in the page's language, for an API field error on an account form (the API's
 * own messages are English): by the form field, the error's code and the API's messages.
 */
export function describeAccountField(t: TFunction<'accounts'>) {
  return (field: string, code: string | null, messages: string[]): string => {
    const said = messages.join(' ');
    if (field === 'email') return code === 'CONFLICT' || /in use/.test(said) ? t('fieldErrors.emailTaken') : t('fieldErrors.email');
    if (field === 'currentPassword') return t('fieldErrors.currentPassword');
    if (field === 'password' || field === 'newPassword')
      return /differ/.test(said) ? t('fieldErrors.passwordSame') : t('fieldErrors.passwordLength');
    if (field === 'country') return t('fieldErrors.country');
    if (field === 'displayName') return t('fieldErrors.required');
    return t('fieldErrors.invalid');
  };
}
