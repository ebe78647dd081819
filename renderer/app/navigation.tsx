/** Which screen is showing, and a way for one screen to send the user to another. */
import { createContext, useContext } from 'react';
import type { VehicleFilter } from '../vehicles/vehicleQuery';

export type ScreenId = 'quote' | 'import' | 'progress' | 'vehicles' | 'settings';

export interface NavigationParams {
  vehicleFilter?: VehicleFilter;
  /** A sentence about the import that just happened, shown once on the Progress screen. */
  importSummary?: string;
}

export interface Navigation {
  screen: ScreenId;
  params: NavigationParams;
  go(screen: ScreenId, params?: NavigationParams): void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const v = useContext(NavigationContext);
  if (!v) throw new Error('useNavigation outside NavigationContext');
  return v;
}
