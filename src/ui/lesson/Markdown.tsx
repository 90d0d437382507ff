import { renderMarkdown } from './markdown';

export function Markdown({ source, className }: { source: string; className?: string }) {
  if (!source.trim()) return null;
  return <div className={`markdown ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
