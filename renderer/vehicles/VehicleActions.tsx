/** Retry, retry off-peak, register again, clear the partner's cache: on the selection, or the open vehicle. */
import { CounterClockwiseClockIcon, ReloadIcon, TrashIcon } from '@radix-ui/react-icons';
import { Button, Callout, Flex, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { api } from '../shared/api';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ErrorNote } from '../shared/ErrorNote';
import { formatWhen, plural } from '../shared/format';
import { useAction } from '../shared/useAction';

type Verb = 'retry-now' | 'retry-off-peak' | 'reregister' | 'clear-cache';

async function perform(verb: Verb, vins: string[]) {
  switch (verb) {
    case 'retry-now':
    case 'retry-off-peak': {
      const r = await api().retryVehicles({ vins, when: verb === 'retry-now' ? 'now' : 'off-peak' });
      return r.ok
        ? ({ ok: true, data: `${plural(r.data.scheduled, 'vehicle')} will be retried ${verb === 'retry-now' ? 'now' : `at ${formatWhen(r.data.at)}`}.` } as const)
        : r;
    }
    case 'reregister': {
      const r = await api().reregisterVehicles({ vins });
      return r.ok ? ({ ok: true, data: `${plural(r.data.queued, 'vehicle')} queued to register again.` } as const) : r;
    }
    case 'clear-cache': {
      const r = await api().clearVehicleCache({ vins, reregister: true });
      if (!r.ok) return r;
      const failed = r.data.failures.map((f) => `${f.vin}: ${f.message}`).join('; ');
      return {
        ok: true,
        data: `The partner's cache was cleared for ${plural(r.data.cleared, 'vehicle')}; they are queued to register again.${failed ? ` Not cleared: ${failed}` : ''}`,
      } as const;
    }
  }
}

export function VehicleActions({ vins, label }: { vins: string[]; label: string }) {
  const action = useAction(perform);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const none = vins.length === 0;

  const act = async (verb: Verb) => {
    setDone(null);
    const r = await action.run(verb, vins);
    if (r.ok) setDone(r.data);
  };
  return (
    <Flex direction="column" gap="1" className="vehicle-actions">
      <Flex gap="2" align="center" wrap="wrap">
        <Text size="1" color="gray" className="actions-target">
          {none ? 'Select vehicles to act on them' : label}
        </Text>
        <Button size="1" variant="soft" disabled={none || action.busy} onClick={() => void act('retry-now')}>
          <ReloadIcon /> Retry now
        </Button>
        <Button size="1" variant="soft" disabled={none || action.busy} onClick={() => void act('retry-off-peak')}>
          <CounterClockwiseClockIcon /> Retry off-peak
        </Button>
        <Button size="1" variant="soft" disabled={none || action.busy} onClick={() => void act('reregister')}>
          Register again
        </Button>
        <Button size="1" variant="soft" color="red" disabled={none || action.busy} onClick={() => setConfirming(true)}>
          <TrashIcon /> Clear partner cache…
        </Button>
      </Flex>
      <ErrorNote message={action.error} onDismiss={action.clearError} />
      {done && (
        <Callout.Root size="1" color="green" role="status" data-testid="action-result">
          <Callout.Text>{done}</Callout.Text>
        </Callout.Root>
      )}
      <ConfirmDialog
        open={confirming}
        title="Clear the partner's cache?"
        confirmLabel={`Clear cache for ${plural(vins.length, 'vehicle')}`}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void act('clear-cache');
        }}
      >
        The partner forgets {vins.length === 1 ? <span className="mono">{vins[0]}</span> : plural(vins.length, 'vehicle')} and QuoteReady registers{' '}
        {vins.length === 1 ? 'it' : 'them'} again from scratch. Until that finishes, quotes for {vins.length === 1 ? 'it' : 'them'} take longer at the desk.
      </ConfirmDialog>
    </Flex>
  );
}
