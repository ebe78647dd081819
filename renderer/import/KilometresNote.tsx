/**
 * The partner prices by miles. A column that looks like kilometres is held back until the
 * user says so: converting a column that was really miles would cut every reading by 38%.
 */
import { Button, Callout, Flex, Text } from '@radix-ui/themes';
import type { PreviewView } from '../../preload/contract';
import { plural } from '../shared/format';

export function KilometresNote({ preview, busy, onConvert }: { preview: PreviewView; busy: boolean; onConvert: () => void }) {
  const km = preview.kilometres;
  if (!km) return null;
  if (km.converted) {
    return (
      <Callout.Root size="1" color="gray" role="note">
        <Callout.Text>
          Column "{km.column}" was read as kilometres and converted to miles ({plural(km.rows, 'row')}; 1 km = 0.621 miles).
        </Callout.Text>
      </Callout.Root>
    );
  }
  return (
    <Callout.Root size="1" color="amber" role="alert" data-testid="kilometres-note">
      <Flex justify="between" align="center" gap="3" wrap="wrap">
        <Text size="2">
          Column "{km.column}" looks like kilometres, not miles. {plural(km.rows, 'row')} are held back until you confirm; the
          partner needs miles.
        </Text>
        <Button size="1" loading={busy} onClick={onConvert}>
          Convert kilometres to miles
        </Button>
      </Flex>
    </Callout.Root>
  );
}
