/**
 * After a form's step comes back refused, focus its first field marked invalid: a screen
 * reader then reads the field's label and its error (aria-describedby), so the error is
 * announced where the user can act on it. Waits a frame for React to render the errors.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  if (!form) return;
  requestAnimationFrame(() => {
    setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  });
}
