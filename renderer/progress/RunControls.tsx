/** Start, pause, resume and stop, each showing only when it makes sense; failures shown right here. */
import { PauseIcon, PlayIcon, StopIcon } from '@radix-ui/react-icons';
import { Button, Flex } from '@radix-ui/themes';
import type { ProgressView, Result } from '../../preload/contract';
import { useProgress } from '../app/ProgressContext';
import { api } from '../shared/api';
import { ErrorNote } from '../shared/ErrorNote';
import { useAction } from '../shared/useAction';

type Verb = 'start' | 'pause' | 'resume' | 'stop';

const REQUEST: Record<Verb, () => Promise<Result<ProgressView>>> = {
  start: () => api().startRegistration(),
  pause: () => api().pauseRegistration(),
  resume: () => api().resumeRegistration(),
  stop: () => api().stopRegistration(),
};

export function RunControls({ progress, remaining }: { progress: ProgressView; remaining: number }) {
  const { accept } = useProgress();
  const action = useAction((verb: Verb) => REQUEST[verb]());
  const act = async (verb: Verb) => {
    const reply = await action.run(verb);
    if (reply.ok) accept(reply.data);
  };
  const s = progress.status;
  const active = s === 'running' || s === 'waiting';
  return (
    <Flex direction="column" gap="1" align="end">
      <Flex gap="2">
        {(s === 'idle' || s === 'stopped') && (
          <Button size="1" disabled={remaining === 0 || action.busy} onClick={() => void act('start')}>
            <PlayIcon /> Start registering
          </Button>
        )}
        {active && (
          <Button size="1" variant="soft" disabled={action.busy} onClick={() => void act('pause')}>
            <PauseIcon /> Pause
          </Button>
        )}
        {s === 'paused' && (
          <Button size="1" disabled={action.busy} onClick={() => void act('resume')}>
            <PlayIcon /> Resume
          </Button>
        )}
        {(active || s === 'paused') && (
          <Button size="1" variant="soft" color="red" disabled={action.busy} onClick={() => void act('stop')}>
            <StopIcon /> Stop
          </Button>
        )}
      </Flex>
      <ErrorNote message={action.error} onDismiss={action.clearError} />
    </Flex>
  );
}
