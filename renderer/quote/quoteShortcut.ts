/** Ctrl+K (Cmd+K on macOS) opens the Quote screen from anywhere, with the VIN field ready. */

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export const QUOTE_SHORTCUT_LABEL = IS_MAC ? '⌘K' : 'Ctrl+K';

export function isQuoteShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  const mod = IS_MAC ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  return mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
}
