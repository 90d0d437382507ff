/**
 * The console forms' fields, read as the console reads them: scopes typed space- or comma-separated, a yes/no choice.
 */

/** The defaults the forms open with: the resource server your API trusts, with the scopes of the brief's shop. */
export const DEFAULT_FORM: Record<string, string> = {
  identifier: 'https://api.example.com',
  serverName: 'Shop API',
  scopes: 'orders.read orders.write',
  clientName: 'nightly-stock-job',
  generateSecret: 'yes',
  clientScopes: '',
  requestScope: '',
};

/** `orders.read, orders.write` → `['orders.read', 'orders.write']`. */
export function scopeList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A description for each scope typed (CreateResourceServer requires one per scope): the name, in words. */
export function scopeDescription(name: string): string {
  const [what, verb] = name.split('.');
  return verb ? `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${what}` : name;
}

/** The form's yes/no: anything but "no" (or "false") is yes. */
export function isYes(value: string | undefined): boolean {
  return !['no', 'false', 'off', ''].includes((value ?? '').trim().toLowerCase());
}
