/** The left navigation: four screens, each a real button, the current one marked for screen readers. */
import { BarChartIcon, GearIcon, TableIcon, UploadIcon } from '@radix-ui/react-icons';
import { Badge, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import type { ScreenId } from '../app/navigation';
import { formatCount } from '../shared/format';

const ITEMS: Array<{ id: ScreenId; label: string; icon: ReactNode; key: string }> = [
  { id: 'import', label: 'Import', icon: <UploadIcon />, key: '1' },
  { id: 'progress', label: 'Progress', icon: <BarChartIcon />, key: '2' },
  { id: 'vehicles', label: 'Vehicles', icon: <TableIcon />, key: '3' },
  { id: 'settings', label: 'Settings', icon: <GearIcon />, key: '4' },
];

export const SCREEN_SHORTCUTS = Object.fromEntries(ITEMS.map((i) => [i.key, i.id])) as Record<string, ScreenId>;

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
              title={`${item.label} (Alt+${item.key})`}
            >
              <span className="nav-icon" aria-hidden>
                {item.icon}
              </span>
              <Text size="2">{item.label}</Text>
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
