/** Whenever work waits, one clear sentence why, and what to do if anything. */
import { InfoCircledIcon } from '@radix-ui/react-icons';
import { Button, Callout } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import type { ProgressView } from '../../preload/contract';
import { useNavigation } from '../app/navigation';
import { waitDetail, waitSentence } from './waitSentence';

export function WaitBanner({ reason }: { reason: ProgressView['waitReason'] }) {
  const { go } = useNavigation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  if (!reason) return null;
  const serious = reason.kind === 'token-refused';
  const detail = waitDetail(reason);
  return (
    <Callout.Root size="1" color={serious ? 'red' : reason.kind === 'paused' ? 'gray' : 'amber'} role="status" data-testid="wait-reason">
      <Callout.Icon>
        <InfoCircledIcon />
      </Callout.Icon>
      <Callout.Text weight="medium">{waitSentence(reason, now)}</Callout.Text>
      {detail && <Callout.Text size="1">{detail}</Callout.Text>}
      {serious && (
        <Callout.Text>
          <Button size="1" variant="soft" color="red" onClick={() => go('settings')}>
            Open Settings
          </Button>
        </Callout.Text>
      )}
    </Callout.Root>
  );
}
