/** Search by VIN or stock number, filter by state, choose the order. */
import { MagnifyingGlassIcon } from '@radix-ui/react-icons';
import { Flex, Select, Text, TextField } from '@radix-ui/themes';
import type { ProgressView } from '../../preload/contract';
import { formatCount } from '../shared/format';
import { FILTERS, SORTS, type VehicleFilter, type VehicleSort } from './vehicleQuery';

interface Props {
  search: string;
  filter: VehicleFilter;
  sort: VehicleSort;
  counts: ProgressView['counts'] | undefined;
  onSearch(s: string): void;
  onFilter(f: VehicleFilter): void;
  onSort(s: VehicleSort): void;
}

export function VehiclesToolbar({ search, filter, sort, counts, onSearch, onFilter, onSort }: Props) {
  const countOf = (f: VehicleFilter) => (counts && f !== 'all' && f !== 'expiring' ? ` (${formatCount(counts[f])})` : '');
  return (
    <Flex gap="3" align="end" wrap="wrap" className="toolbar">
      <Flex direction="column" gap="1">
        <Text as="label" size="1" weight="medium" htmlFor="vehicle-search">
          Search
        </Text>
        <TextField.Root
          id="vehicle-search"
          size="1"
          type="search"
          placeholder="VIN or stock number"
          value={search}
          maxLength={64}
          onChange={(e) => onSearch(e.target.value)}
          className="search-field"
        >
          <TextField.Slot>
            <MagnifyingGlassIcon />
          </TextField.Slot>
        </TextField.Root>
      </Flex>
      <Flex direction="column" gap="1">
        <Text as="label" size="1" weight="medium" htmlFor="vehicle-filter">
          Show
        </Text>
        <Select.Root size="1" value={filter} onValueChange={(v) => onFilter(v as VehicleFilter)}>
          <Select.Trigger id="vehicle-filter" aria-label="Show" className="filter-trigger" />
          <Select.Content position="popper">
            {FILTERS.map((f) => (
              <Select.Item key={f.value} value={f.value}>
                {f.label}
                {countOf(f.value)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      </Flex>
      <Flex direction="column" gap="1">
        <Text as="label" size="1" weight="medium" htmlFor="vehicle-sort">
          Order by
        </Text>
        <Select.Root size="1" value={sort} onValueChange={(v) => onSort(v as VehicleSort)}>
          <Select.Trigger id="vehicle-sort" aria-label="Order by" />
          <Select.Content position="popper">
            {SORTS.map((s) => (
              <Select.Item key={s.value} value={s.value}>
                {s.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      </Flex>
    </Flex>
  );
}
