/** One tile per state with its count; a tile opens the Vehicles screen filtered to that state. */
import { Text } from '@radix-ui/themes';
import type { ProgressView } from '../../preload/contract';
import { useNavigation } from '../app/navigation';
import { formatCount } from '../shared/format';
import { STATE_COLOR, STATE_HINT, STATE_LABEL, STATE_ORDER } from '../shared/states';

export function StateTiles({ counts }: { counts: ProgressView['counts'] }) {
  const { go } = useNavigation();
  return (
    <ul className="state-tiles" aria-label="Vehicles by state">
      {STATE_ORDER.map((s) => (
        <li key={s}>
          <button
            type="button"
            className="state-tile"
            data-color={STATE_COLOR[s]}
            data-testid={`state-${s}`}
            title={`${STATE_HINT[s]} Click to list them.`}
            onClick={() => go('vehicles', { vehicleFilter: s })}
          >
            <span className="state-swatch" aria-hidden />
            <Text size="1" color="gray" className="state-tile-label">
              {STATE_LABEL[s]}
            </Text>
            <Text size="5" weight="bold" className="state-tile-count">
              {formatCount(counts[s])}
            </Text>
          </button>
        </li>
      ))}
    </ul>
  );
}
