import type { WidgetFiles } from './files-chunk';

/**
 * The file chunk (`relais-widget-files.js`), loaded once on first use from the widget's server:
 * sending and opening files costs the widget's own bundle nothing but this loader.
 */
export function fileChunk(base: string): () => Promise<WidgetFiles> {
  let loading: Promise<WidgetFiles> | null = null;
  return () =>
    (loading ??= new Promise<WidgetFiles>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = `${base}/relais-widget-files.js`;
      s.onload = () => {
        const chunk = (window as unknown as { RelaisWidgetFiles?: WidgetFiles }).RelaisWidgetFiles;
        if (chunk) resolve(chunk);
        else s.onerror?.(new Event('error'));
      };
      s.onerror = () => {
        loading = null;
        reject(new Error('Les fichiers sont indisponibles pour le moment : réessayez.'));
      };
      document.head.appendChild(s);
    }));
}
