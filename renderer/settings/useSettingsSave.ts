/** Saving part of the settings from one section, with its own busy flag, error and "Saved" note. */
import { useCallback, useEffect, useState } from 'react';
import type { SettingsView } from '../../preload/contract';
import { useSettings } from '../app/SettingsContext';
import { useAction } from '../shared/useAction';

export function useSettingsSave() {
  const { update } = useSettings();
  const action = useAction((patch: Partial<SettingsView>) => update(patch));
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!saved) return;
    const t = setTimeout(() => setSaved(false), 2_500);
    return () => clearTimeout(t);
  }, [saved]);
  const { run } = action;
  const save = useCallback(
    async (patch: Partial<SettingsView>) => {
      setSaved(false);
      const r = await run(patch);
      if (r.ok) setSaved(true);
      return r.ok;
    },
    [run],
  );
  return { save, busy: action.busy, error: action.error, saved };
}
