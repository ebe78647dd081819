/**
 * Online or not, as main sees it (its requests to the partner), not as the browser guesses.
 * Until main says otherwise, a progress report that waits for the network counts as offline.
 */
import { useEffect, useState } from 'react';
import { api } from '../shared/api';
import { useProgress } from './ProgressContext';

export function useNetworkState(): { online: boolean } {
  const { progress } = useProgress();
  const [reported, setReported] = useState<boolean | null>(null);

  useEffect(() => api().onNetwork((e) => setReported(e.online)), []);

  const waitingForNetwork = progress?.waitReason?.kind === 'no-network';
  if (waitingForNetwork) return { online: false };
  return { online: reported ?? true };
}
