/** A page's form as the browser submits it: found by its submit button's label, with its fields as the page filled them. */

export interface PageForm {
  action: string;
  method: string;
  fields: Record<string, string>;
}

/** The form whose submit button reads `label` (DOMParser: the browser's own HTML parser). */
export function formByButton(html: string, pageUrl: string, label: string): PageForm | undefined {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    const buttons = Array.from(form.querySelectorAll('button, input[type="submit"]'));
    const pressed = buttons.find((b) => (b.textContent?.trim() || b.getAttribute('value') || '') === label);
    if (!pressed) continue;
    const fields: Record<string, string> = {};
    for (const input of Array.from(form.querySelectorAll('input[name], textarea[name], select[name]'))) {
      const type = input.getAttribute('type') ?? '';
      if (type === 'submit' || ((type === 'checkbox' || type === 'radio') && !input.hasAttribute('checked'))) continue;
      fields[input.getAttribute('name')!] = input.getAttribute('value') ?? input.textContent ?? '';
    }
    // The pressed button's name and value are sent too (the pages' "Resend code" is `action=resend`).
    const name = pressed.getAttribute('name');
    if (name) fields[name] = pressed.getAttribute('value') ?? '';
    return {
      action: new URL(form.getAttribute('action') ?? '', pageUrl).href,
      method: (form.getAttribute('method') ?? 'get').toUpperCase(),
      fields,
    };
  }
  return undefined;
}

/** The address of the page's link whose text contains `text` (as the browser resolves it against the page's URL). */
export function linkByText(html: string, pageUrl: string, text: string): string | undefined {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const link = Array.from(doc.querySelectorAll('a[href]')).find((a) => (a.textContent ?? '').includes(text));
  return link ? new URL(link.getAttribute('href')!, pageUrl).href : undefined;
}
