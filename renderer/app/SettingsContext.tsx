/**
 * Settings and app facts loaded once and shared by every screen: the chrome needs the
 * environment and theme, Import needs acceptBadCheckDigit, Settings edits them.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ReplyOf, Result, SettingsView } from '../../preload/contract';
import { api, call } from '../shared/api';

export type AppInfo = ReplyOf<'app:info'>;

interface SettingsState {
  settings: SettingsView | null;
  info: AppInfo | null;
  loadError: string | null;
  update(patch: Partial<SettingsView>): Promise<Result<SettingsView>>;
  reload(): void;
}

const Ctx = createContext<SettingsState | null>(null);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([call(() => api().getSettings()), call(() => api().appInfo())]).then(([s, i]) => {
      if (!live) return;
      if (s.ok) setSettings(s.data);
      if (i.ok) setInfo(i.data);
      const failure = !s.ok ? s : !i.ok ? i : null;
      setLoadError(failure ? failure.message : null);
    });
    return () => {
      live = false;
    };
  }, [generation]);

  const update = useCallback(async (patch: Partial<SettingsView>) => {
    const reply = await call(() => api().updateSettings(patch));
    if (reply.ok) setSettings(reply.data);
    return reply;
  }, []);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const value = useMemo(() => ({ settings, info, loadError, update, reload }), [settings, info, loadError, update, reload]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSettings(): SettingsState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useSettings outside SettingsProvider');
  return v;
}
