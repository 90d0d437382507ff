/**
 * What every form page of the hosted UI does the same way: check the OAuth request it carries (as `/oauth2/authorize`
 * does), show the form on GET, and on POST refuse a CSRF mismatch before anything else.
 */
import type { WireResponse } from '../../protocol/wire';
import type { Visit } from '../endpoints';
import { checkAuthorizeRequest, type AuthorizeParams } from './authorizeRequest';
import { csrfMatches, readForm } from './csrf';
import { csrfRefused, messagePage } from './pages';

export interface FormEndpoint {
  /** The form, empty (GET). */
  show(visit: Visit, params: AuthorizeParams): WireResponse | Promise<WireResponse>;
  /** A posted form whose CSRF token matched. */
  submit(visit: Visit, params: AuthorizeParams, form: URLSearchParams): Promise<WireResponse>;
}

export function formEndpoint(path: string, endpoint: FormEndpoint): (visit: Visit) => Promise<WireResponse> {
  return async (visit) => {
    const check = checkAuthorizeRequest(visit, visit.request.url.searchParams);
    if (!check.ok) return check.response;
    if (visit.request.method === 'GET') return endpoint.show(visit, check.params);
    if (visit.request.method !== 'POST') return messagePage(visit, 405, 'Method not allowed', `${path} answers GET and POST.`);
    const form = readForm(visit);
    if (!csrfMatches(visit, form)) return csrfRefused(visit);
    return endpoint.submit(visit, check.params, form);
  };
}

/** The `username` a page was sent with (the confirmation pages name the user they confirm). */
export function pageUsername(visit: Visit, form?: URLSearchParams): string {
  return form?.get('username') ?? visit.request.url.searchParams.get('username') ?? '';
}
