/** settings.theme resolved to light or dark, following the OS when it is 'system'. */
import { useEffect, useState } from 'react';
import type { SettingsView } from '../../preload/contract';

const query = '(prefers-color-scheme: dark)';

export function useAppearance(theme: SettingsView['theme'] | undefined): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const onChange = () => setSystemDark(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  const appearance = theme === 'light' || theme === 'dark' ? theme : systemDark ? 'dark' : 'light';
  useEffect(() => {
    // Scrollbars and form controls follow too (CSSOM, allowed under a strict CSP).
    document.documentElement.style.colorScheme = appearance;
  }, [appearance]);
  return appearance;
}
