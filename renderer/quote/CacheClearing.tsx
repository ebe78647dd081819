/**
 * Clear this vehicle's partner cache (confirmed first: the next quote then waits for a new
 * registration), then "register again" if the user wants: registering again is the quote
 * itself, which registers on demand with progress.
 */
import { TrashIcon } from '@radix-ui/react-icons';
import { Button, Callout } from '@radix-ui/themes';
import { useCallback, useMemo, useState } from 'react';
import { api } from '../shared/api';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ErrorNote } from '../shared/ErrorNote';
import { useAction } from '../shared/useAction';

interface Props {
  vin: string;
  busy: boolean;
  onRegisterAgain(): void;
  onCleared(): void;
  onConfirmOpen(open: boolean): void;
}

/** The button (beside the vehicle) and, under the vehicle line, what came of it. */
export function useCacheClearing({ vin, busy, onRegisterAgain, onCleared, onConfirmOpen }: Props) {
  const clearing = useAction((v: string) => api().clearVehicleCache({ vins: [v], reregister: false }));
  const [cleared, setCleared] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = useCallback(
    (open: boolean) => {
      setConfirming(open);
      onConfirmOpen(open);
    },
    [onConfirmOpen],
  );
  const clear = async () => {
    setFailure(null);
    setCleared(null);
    const r = await clearing.run(vin);
    if (!r.ok) return;
    if (r.data.cleared === 1) {
      setCleared(vin);
      onCleared();
    }
    else setFailure(r.data.failures.map((f) => f.message).join('; ') || 'The partner did not confirm the cache was cleared.');
  };

  const working = busy || clearing.busy;
  const button = useMemo(
    () => (
      <Button size="1" variant="soft" color="red" onClick={() => confirm(true)} disabled={working} data-testid="clear-cache">
        <TrashIcon /> Clear this vehicle’s partner cache…
      </Button>
    ),
    [confirm, working],
  );
  const result = (
    <>
      <ErrorNote
        message={clearing.error ?? failure}
        onDismiss={() => {
          clearing.clearError();
          setFailure(null);
        }}
      />
      {cleared === vin && (
        <Callout.Root size="1" color="green" role="status" data-testid="cache-cleared">
          <Callout.Text>
            The partner no longer holds <span className="mono">{vin}</span>; the next quote registers it again from scratch.
            <Button
              size="1"
              ml="3"
              onClick={() => {
                setCleared(null);
                onRegisterAgain();
              }}
            >
              Register again and quote
            </Button>
          </Callout.Text>
        </Callout.Root>
      )}
      <ConfirmDialog
        open={confirming}
        title="Clear this vehicle’s partner cache?"
        confirmLabel="Clear partner cache"
        danger
        onCancel={() => confirm(false)}
        onConfirm={() => {
          confirm(false);
          void clear();
        }}
      >
        The partner forgets <span className="mono">{vin}</span> and its registration. Quotes for it then wait for a new registration (a few seconds with the customer at
        the desk). Do this when the partner holds wrong data for the vehicle.
      </ConfirmDialog>
    </>
  );
  return { button, result };
}
