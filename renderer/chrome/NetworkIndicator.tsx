/** Online / offline, as main sees the partner, with words beside the dot. */
import { Flex, Text, Tooltip } from '@radix-ui/themes';
import { useNetworkState } from '../app/useNetworkState';

export function NetworkIndicator() {
  const { online } = useNetworkState();
  const hint = online ? 'QuoteReady can reach the network.' : 'No network: registration waits and picks up again by itself when it is back.';
  return (
    <Tooltip content={hint}>
      <Flex align="center" gap="1" role="status" aria-label={`Network: ${online ? 'online' : 'offline'}. ${hint}`} tabIndex={0} className="net-indicator" data-online={online}>
        <span className="net-dot" aria-hidden />
        <Text size="1" color={online ? 'gray' : 'red'} weight={online ? 'regular' : 'bold'}>
          {online ? 'Online' : 'Offline'}
        </Text>
      </Flex>
    </Tooltip>
  );
}
