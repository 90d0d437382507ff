/**
 * The hosted UI's form pages: one layout for every page, a real `<form method="post">` whose action is the page itself on
 * the domain with the OAuth query carried along, a hidden `_csrf`, and a `<label for>` on every input.
 */
import type { WireResponse } from '../../protocol/wire';
import type { Visit } from '../endpoints';
import { cookieHeader } from './cookies';
import { csrfToken } from './csrf';
import { escapeHtml, htmlPage } from './html';
import { pageUrl } from './redirect';

export interface FormField {
  name: string;
  label: string;
  type: 'text' | 'email' | 'tel' | 'password' | 'hidden';
  value?: string;
  autocomplete?: string;
}

export interface FormPage {
  title: string;
  /** The page's own path: the form posts back to it. */
  path: string;
  /** The OAuth query the page carries. */
  query: string;
  fields: FormField[];
  submit: string;
  /** A second button that posts the form as `action=<value>` without the browser's required-field checks (Resend code). */
  alternative?: { value: string; text: string };
  /** An error from the last attempt, shown above the form. */
  error?: string;
  /** A line of information (where a code was sent). */
  notice?: string;
  /** Links to the other pages, with the same query. */
  links?: { path: string; text: string }[];
  status?: number;
  /** Markup above the form, escaped by the caller (the login page's external providers). */
  intro?: string;
  /** Leave the form out: the page is its intro and links only. */
  noForm?: boolean;
}

function fieldHtml(field: FormField): string {
  const value = field.value !== undefined ? ` value="${escapeHtml(field.value)}"` : '';
  if (field.type === 'hidden') return `<input type="hidden" name="${escapeHtml(field.name)}"${value}>`;
  const auto = field.autocomplete ? ` autocomplete="${field.autocomplete}"` : '';
  return `<p><label for="${escapeHtml(field.name)}">${escapeHtml(field.label)}</label> <input id="${escapeHtml(field.name)}" name="${escapeHtml(field.name)}" type="${field.type}"${value}${auto} required></p>`;
}

/** The line managed login (ManagedLoginVersion 2) shows: the simulator serves the classic pages for it too. */
function versionNote(visit: Visit): string {
  // SIMPLIFIED: managed login's branded pages are not simulated; a version 2 domain gets the classic hosted UI's pages.
  if (visit.domain.ManagedLoginVersion !== 2) return '';
  return '<p role="note">This domain uses managed login (version 2); the simulator shows the classic hosted UI pages for it.</p>';
}

/** A form page, with the `XSRF-TOKEN` cookie when the browser has none yet. */
export function formPage(visit: Visit, page: FormPage): WireResponse {
  const { token, cookie } = csrfToken(visit);
  const error = page.error ? `<p role="alert">${escapeHtml(page.error)}</p>` : '';
  const notice = page.notice ? `<p role="status">${escapeHtml(page.notice)}</p>` : '';
  const fields = [{ name: '_csrf', label: '', type: 'hidden' as const, value: token }, ...page.fields].map(fieldHtml).join('');
  const links = (page.links ?? []).map((l) => `<p><a href="${escapeHtml(pageUrl(l.path, page.query))}">${escapeHtml(l.text)}</a></p>`).join('');
  const alternative = page.alternative
    ? ` <button type="submit" name="action" value="${escapeHtml(page.alternative.value)}" formnovalidate>${escapeHtml(page.alternative.text)}</button>`
    : '';
  const form = page.noForm
    ? ''
    : `<form method="post" action="${escapeHtml(pageUrl(page.path, page.query))}">${fields}<p><button type="submit">${escapeHtml(page.submit)}</button>${alternative}</p></form>`;
  const body = `${versionNote(visit)}${error}${notice}${page.intro ?? ''}${form}${links}`;
  return htmlPage(page.status ?? 200, page.title, '', body, cookieHeader(cookie));
}

/** A page with a message and no form (a step the simulator does not offer yet, a refused request). */
export function messagePage(
  visit: Visit,
  status: number,
  title: string,
  message: string,
  links: { path: string; text: string }[] = [],
  query = '',
): WireResponse {
  const linkHtml = links.map((l) => `<p><a href="${escapeHtml(pageUrl(l.path, query))}">${escapeHtml(l.text)}</a></p>`).join('');
  return htmlPage(status, title, message, versionNote(visit) + linkHtml);
}

/** What a POST whose `_csrf` does not match its cookie gets. [U] AWS's page and status for it; 403 here. */
export function csrfRefused(visit: Visit): WireResponse {
  return messagePage(
    visit,
    403,
    'An error was encountered with the requested page.',
    'The form has expired or was not sent by this page (its CSRF token does not match). Go back and try again.',
  );
}
