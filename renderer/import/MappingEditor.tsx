/** Which column feeds each field: detected automatically, changeable with one select per field. */
import { Flex, Select, Text } from '@radix-ui/themes';
import type { PreviewView } from '../../preload/contract';
import { columnLetter, FIELDS, type FieldKey } from './columns';

const NONE = 'none';

export function MappingEditor({ preview, busy, onChange }: { preview: PreviewView; busy: boolean; onChange(field: FieldKey, column: number | null): void }) {
  return (
    <div className="mapping" role="group" aria-label="Column mapping">
      {FIELDS.map((f) => {
        const value = preview.mapping[f.key];
        const id = `map-${f.key}`;
        const missing = f.required && value === null;
        return (
          <Flex key={f.key} direction="column" gap="1" className="mapping-field">
            <Text as="label" size="1" weight="medium" htmlFor={id} color={missing ? 'red' : undefined}>
              {f.label}
              {f.required ? ' (required)' : ''}
            </Text>
            <Select.Root
              size="1"
              value={value === null ? NONE : String(value)}
              disabled={busy}
              onValueChange={(v) => onChange(f.key, v === NONE ? null : Number(v))}
            >
              <Select.Trigger id={id} aria-label={`Column for ${f.label}`} color={missing ? 'red' : undefined} variant={missing ? 'soft' : 'surface'} />
              <Select.Content position="popper">
                <Select.Item value={NONE}>{f.required ? '— choose a column —' : '— not in this file —'}</Select.Item>
                <Select.Separator />
                {preview.headers.map((h, i) => (
                  <Select.Item key={i} value={String(i)}>
                    {columnLetter(i)} · {h || '(no header)'}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </Flex>
        );
      })}
    </div>
  );
}
