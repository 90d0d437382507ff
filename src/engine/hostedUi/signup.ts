/**
 * `/signup`: the hosted UI's sign-up page. The form asks for what the pool's schema requires (a username, or the email or
 * phone number the pool signs in with; the required attributes; a password); POST runs SignUp itself, so the password
 * policy, the errors and the code in the outbox are the API's. Then the browser goes to `/confirmUser` for the code.
 */
import type { UserPoolRecord } from '../userPool/model';
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';
import type { AuthorizeParams } from './lib/authorizeRequest';
import { formEndpoint } from './lib/formEndpoint';
import { formPage, messagePage, type FormField } from './lib/pages';
import { runPoolAction } from './lib/poolActions';
import { pageUrl, redirect } from './lib/redirect';
import { withUsername } from './lib/loginForm';

const LABELS: Record<string, string> = { email: 'Email', phone_number: 'Phone number', name: 'Name', given_name: 'Given name', family_name: 'Family name' };
const TYPES: Record<string, FormField['type']> = { email: 'email', phone_number: 'tel' };

/** The username field (labelled as the pool signs in) and one field per attribute the pool requires or auto-verifies. */
function signUpFields(pool: UserPoolRecord): { username: FormField; attributes: FormField[] } {
  const signInWith = pool.settings.UsernameAttributes ?? [];
  const label =
    signInWith.length === 2 ? 'Email or phone number' : signInWith[0] === 'email' ? 'Email' : signInWith[0] === 'phone_number' ? 'Phone number' : 'Username';
  // `sub` is required but the pool mints it; developer-only attributes are never the user's to set.
  const typed = pool.settings.SchemaAttributes.filter((a) => a.Required && !a.DeveloperOnlyAttribute && a.Name !== 'sub').map((a) => a.Name);
  const wanted = new Set([...typed, ...(pool.settings.AutoVerifiedAttributes ?? [])]);
  // The username already is the email or phone number of a pool that signs in with them.
  for (const name of signInWith) wanted.delete(name);
  const attributes = [...wanted].map((name) => ({ name, label: LABELS[name] ?? name, type: TYPES[name] ?? ('text' as const) }));
  return { username: { name: 'username', label, type: 'text', autocomplete: 'username' }, attributes };
}

function signUpPage(visit: Visit, params: AuthorizeParams, error?: string, form?: URLSearchParams): WireResponse {
  const { username, attributes } = signUpFields(visit.pool);
  const keep = (field: FormField): FormField => (form?.get(field.name) ? { ...field, value: form.get(field.name)! } : field);
  return formPage(visit, {
    title: 'Sign up with a new account',
    path: '/signup',
    query: params.query,
    fields: [keep(username), ...attributes.map(keep), { name: 'password', label: 'Password', type: 'password', autocomplete: 'new-password' }],
    submit: 'Sign up',
    ...(error ? { error } : {}),
    links: [{ path: '/login', text: 'Already have an account? Sign in' }],
  });
}

/** [U] What the hosted UI shows a pool where only administrators create users; the API's words. */
function notPermitted(visit: Visit, params: AuthorizeParams): WireResponse {
  return messagePage(visit, 403, 'Sign-up is not available', 'SignUp is not permitted for this user pool', [{ path: '/login', text: 'Sign in' }], params.query);
}

export const signup = formEndpoint('/signup', {
  show(visit, params) {
    if (visit.pool.settings.AdminCreateUserConfig.AllowAdminCreateUserOnly) return notPermitted(visit, params);
    return signUpPage(visit, params);
  },
  async submit(visit, params, form) {
    if (visit.pool.settings.AdminCreateUserConfig.AllowAdminCreateUserOnly) return notPermitted(visit, params);
    const typed = form.get('username') ?? '';
    const { attributes } = signUpFields(visit.pool);
    const UserAttributes = attributes.map((a) => ({ Name: a.name, Value: form.get(a.name) ?? '' })).filter((a) => a.Value !== '');
    const result = await runPoolAction(visit, params.client, typed, 'SignUp', { Username: typed, Password: form.get('password') ?? '', UserAttributes });
    if (!result.ok) return signUpPage(visit, params, result.message, form);
    if (!result.output.CodeDeliveryDetails) {
      // The pool auto-verifies nothing the user gave, so no code was sent: only an administrator can confirm the account.
      return messagePage(
        visit,
        200,
        'Account created',
        'Your account was created, but this user pool sends no confirmation code (no auto-verified attribute): an administrator must confirm it (AdminConfirmSignUp) before you can sign in.',
        [{ path: '/login', text: 'Sign in' }],
        params.query,
      );
    }
    return redirect(pageUrl('/confirmUser', withUsername(params.query, typed)));
  },
});
