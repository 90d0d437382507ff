import type { ReactNode } from 'react';

/** A whole-page message: an unknown lesson or step, or a lesson file that cannot be used. */
export function PageMessage({ title, children, tone }: { title: string; children: ReactNode; tone?: 'error' }) {
  return (
    <section
      className={`page-message${tone === 'error' ? ' panel-error' : ''}`}
      role={tone === 'error' ? 'alert' : undefined}
      aria-labelledby="page-message-title"
    >
      <h1 id="page-message-title">{title}</h1>
      {children}
    </section>
  );
}
