/** Vehicles: every vehicle and its registration, searchable, with actions on one or many. */
import { DownloadIcon } from '@radix-ui/react-icons';
import { Button, Flex, Text } from '@radix-ui/themes';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useProgress } from '../app/ProgressContext';
import { api } from '../shared/api';
import { downloadText } from '../shared/download';
import { ErrorNote } from '../shared/ErrorNote';
import { formatCount, plural } from '../shared/format';
import { ScreenHeader } from '../shared/ScreenHeader';
import { useAction } from '../shared/useAction';
import { useDebounced } from '../shared/useDebounced';
import { collectVins } from './collectVins';
import { usePagedVehicles } from './usePagedVehicles';
import { useSelection } from './useSelection';
import { VehicleActions } from './VehicleActions';
import { VehicleDetail } from './VehicleDetail';
import { VehiclesToolbar } from './VehiclesToolbar';
import { VehicleTable } from './VehicleTable';
import type { VehicleFilter, VehicleSort } from './vehicleQuery';

export function VehiclesScreen({ initialFilter }: { initialFilter?: VehicleFilter }) {
  const { progress } = useProgress();
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<VehicleFilter>(initialFilter ?? 'all');
  const [sort, setSort] = useState<VehicleSort>('updated');
  const [openVin, setOpenVin] = useState<string | null>(null);
  const debouncedSearch = useDebounced(search, 250);
  const query = useMemo(() => ({ search: debouncedSearch, filter, sort }), [debouncedSearch, filter, sort]);
  const paged = usePagedVehicles(query);
  const sel = useSelection(paged.rowAt);
  const exporting = useAction(() => api().exportVehiclesCsv({ filter }));
  const selectingAll = useAction((q: typeof query) => collectVins(q));

  const { reset } = sel;
  useEffect(() => reset(), [query, reset]);

  const open = useCallback(
    (index: number) => {
      const v = paged.rowAt(index);
      if (v) setOpenVin(v.vin);
    },
    [paged],
  );
  const exportCsv = async () => {
    const r = await exporting.run();
    if (r.ok) downloadText(r.data.fileName, r.data.csv);
  };
  const selectAll = async () => {
    const r = await selectingAll.run(query);
    if (r.ok) sel.setSelected(new Set(r.data));
  };

  const total = paged.total ?? 0;
  const targets = sel.selected.size > 0 ? [...sel.selected] : openVin ? [openVin] : [];
  const targetLabel = sel.selected.size > 0 ? `${formatCount(sel.selected.size)} selected:` : openVin ? `${openVin}:` : '';
  const empty = paged.total === 0;

  return (
    <div className="screen screen-fill">
      <ScreenHeader
        title="Vehicles"
        subtitle={paged.total === null ? 'Loading…' : `${plural(total, 'vehicle')}${search || filter !== 'all' ? ' match' : ''}`}
      >
        <Button size="1" variant="soft" loading={exporting.busy} onClick={() => void exportCsv()}>
          <DownloadIcon /> Export CSV
        </Button>
      </ScreenHeader>
      <ErrorNote message={exporting.error} onDismiss={exporting.clearError} />
      <Flex justify="between" align="end" gap="3" wrap="wrap">
        <VehiclesToolbar search={search} filter={filter} sort={sort} counts={progress?.counts} onSearch={setSearch} onFilter={setFilter} onSort={setSort} />
        <Flex gap="2" align="center">
          {sel.selected.size > 0 && (
            <Button size="1" variant="ghost" color="gray" onClick={sel.reset}>
              Clear selection
            </Button>
          )}
          <Button size="1" variant="ghost" disabled={total === 0} loading={selectingAll.busy} onClick={() => void selectAll()}>
            Select all {total > 0 ? formatCount(Math.min(total, 100_000)) : ''}
          </Button>
        </Flex>
      </Flex>
      <ErrorNote message={selectingAll.error ?? paged.error} />
      <VehicleActions vins={targets} label={targetLabel} />
      <div className="vehicles-body" data-detail={openVin !== null}>
        {empty ? (
          <div className="empty-state">
            <Text size="2" color="gray">
              {search || filter !== 'all'
                ? 'No vehicle matches. Try another search or show all vehicles.'
                : 'No vehicles yet. Import an inventory spreadsheet to get started.'}
            </Text>
          </div>
        ) : (
          <VehicleTable
            total={total}
            rowAt={paged.rowAt}
            ensureRange={paged.ensureRange}
            active={sel.active}
            selected={sel.selected}
            openVin={openVin}
            onActivate={sel.setActive}
            onToggle={sel.toggle}
            onOpen={open}
            onClearSelection={sel.reset}
          />
        )}
        {openVin && <VehicleDetail vin={openVin} onClose={() => setOpenVin(null)} />}
      </div>
      <Text size="1" color="gray">
        Keys: ↑ ↓ move, Space selects, Shift+↑ ↓ extends, Enter opens details, Esc clears the selection.
      </Text>
    </div>
  );
}
