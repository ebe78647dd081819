/** Progress: how far registration has got, how fast, and why it waits when it waits. */
import { Button, Callout, Flex, Heading, Progress, Spinner, Text } from '@radix-ui/themes';
import { useNavigation } from '../app/navigation';
import { useProgress } from '../app/ProgressContext';
import { ErrorNote } from '../shared/ErrorNote';
import { plural } from '../shared/format';
import { ScreenHeader } from '../shared/ScreenHeader';
import { OutcomeChart } from './OutcomeChart';
import { RunControls } from './RunControls';
import { RunFigures } from './RunFigures';
import { summariseRun } from './runSummary';
import { StateTiles } from './StateTiles';
import { WaitBanner } from './WaitBanner';

export function ProgressScreen() {
  const { progress, error } = useProgress();
  const { params, go } = useNavigation();

  if (!progress) {
    return (
      <div className="screen">
        <ScreenHeader title="Progress" />
        {error ? <ErrorNote message={error} /> : <Spinner />}
      </div>
    );
  }
  const sum = summariseRun(progress);
  return (
    <div className="screen">
      <ScreenHeader title="Progress" subtitle="Registration runs in the background; you can keep working or close this screen.">
        <RunControls progress={progress} remaining={sum.remaining} />
      </ScreenHeader>
      {params.importSummary && (
        <Callout.Root size="1" color="green" role="status">
          <Callout.Text>{params.importSummary}</Callout.Text>
        </Callout.Root>
      )}
      <WaitBanner reason={progress.waitReason} />

      <section className="panel" aria-labelledby="run-headline">
        <Flex justify="between" align="baseline" gap="3">
          <Heading as="h2" size="3" id="run-headline" data-testid="run-headline" data-status={progress.status}>
            {sum.headline}
          </Heading>
          <Text size="2" color="gray">
            {percentText(sum.percent)}
          </Text>
        </Flex>
        <Progress value={sum.percent} size="2" aria-label={`${percentText(sum.percent)} done`} color={progress.status === 'paused' ? 'gray' : undefined} />
        <RunFigures progress={progress} />
      </section>

      <StateTiles counts={progress.counts} />

      <section className="panel" aria-labelledby="chart-heading">
        <Heading as="h2" size="3" id="chart-heading">
          Outcomes over the run
        </Heading>
        <OutcomeChart timeline={progress.timeline} />
      </section>
      {progress.counts.rejected + progress.counts.failed > 0 && (
        <Flex>
          <Button size="1" variant="soft" color="red" onClick={() => go('vehicles', { vehicleFilter: progress.counts.rejected > 0 ? 'rejected' : 'failed' })}>
            See the {plural(progress.counts.rejected + progress.counts.failed, 'vehicle')} that need attention
          </Button>
        </Flex>
      )}
    </div>
  );
}

/** "0.6%" early on, so a long run visibly moves; whole percents after 10. */
function percentText(p: number): string {
  return p > 0 && p < 10 ? `${(Math.floor(p * 10) / 10).toFixed(1)}%` : `${Math.floor(p)}%`;
}
