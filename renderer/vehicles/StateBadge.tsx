/** A state as colour and words together, never colour alone. */
import { Badge } from '@radix-ui/themes';
import { STATE_COLOR, STATE_HINT, STATE_LABEL, type RegistrationState } from '../shared/states';

export function StateBadge({ state }: { state: RegistrationState }) {
  return (
    <Badge color={STATE_COLOR[state]} variant="soft" size="1" title={STATE_HINT[state]} data-state={state}>
      {STATE_LABEL[state]}
    </Badge>
  );
}
