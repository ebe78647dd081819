/**
 * The left navigation: Quote (Ctrl+K / Cmd+K from anywhere) and the four screens on Alt+1..4,
 * each a real button, the current one marked for screen readers.
 */
import { BarChartIcon, GearIcon, MagnifyingGlassIcon, TableIcon, UploadIcon } from '@radix-ui/react-icons';
import { Badge, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import type { ScreenId } from '../app/navigation';
import { QUOTE_SHORTCUT_LABEL } from '../quote/quoteShortcut';
import { formatCount } from '../shared/format';

const ITEMS: Array<{ id: ScreenId; label: string; icon: ReactNode; key?: string; shortcut: string }> = [
  { id: 'quote', label: 'Quote', icon: <MagnifyingGlassIcon />, shortcut: QUOTE_SHORTCUT_LABEL },
  { id: 'import', label: 'Import', icon: <UploadIcon />, key: '1', shortcut: 'Alt+1' },
  { id: 'progress', label: 'Progress', icon: <BarChartIcon />, key: '2', shortcut: 'Alt+2' },
  { id: 'vehicles', label: 'Vehicles', icon: <TableIcon />, key: '3', shortcut: 'Alt+3' },
  { id: 'settings', label: 'Settings', icon: <GearIcon />, key: '4', shortcut: 'Alt+4' },
];

export const SCREEN_SHORTCUTS = Object.fromEntries(ITEMS.filter((i) => i.key).map((i) => [i.key, i.id])) as Record<string, ScreenId>;

export function NavBar({ current, onGo, remaining }: { current: ScreenId; onGo(id: ScreenId): void; remaining: number }) {
  return (
    <nav className="nav" aria-label="Screens">
      <ul>
        {ITEMS.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={current === item.id ? 'page' : undefined}
              onClick={() => onGo(item.id)}
              title={`${item.label} (${item.shortcut})`}
            >
              <span className="nav-icon" aria-hidden>
                {item.icon}
              </span>
              <Text size="2">{item.label}</Text>
              {item.id === 'quote' && (
                <kbd className="nav-kbd" aria-hidden>
                  {item.shortcut}
                </kbd>
              )}
              {item.id === 'progress' && remaining > 0 && (
                <Badge size="1" color="blue" radius="full" className="nav-count" aria-label={`${formatCount(remaining)} vehicles still to register`}>
                  {formatCount(remaining)}
                </Badge>
              )}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
