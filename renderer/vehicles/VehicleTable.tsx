/**
 * The vehicle table: a virtual list that draws only the rows in view, so 100,000 rows
 * scroll like 100. One focus stop; arrow keys move, Space selects, Enter opens details.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { VehicleView } from '../../preload/contract';
import { VehicleRow } from './VehicleRow';

export const ROW_HEIGHT = 28;

interface Props {
  total: number;
  rowAt(index: number): VehicleView | undefined;
  ensureRange(start: number, end: number): void;
  active: number;
  selected: ReadonlySet<string>;
  openVin: string | null;
  onActivate(index: number): void;
  onToggle(index: number, mode: 'toggle' | 'range' | 'only'): void;
  onOpen(index: number): void;
  onClearSelection(): void;
}

const HEADERS = ['', 'VIN', 'Stock', 'Vehicle', 'Mileage', 'State', 'Registered → expires', 'Last message'];

export function VehicleTable(p: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: p.total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header row sits above the list inside the same scroller.
    scrollMargin: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRange } = p;

  useEffect(() => {
    if (p.total > 0) ensureRange(first, last);
  }, [first, last, p.total, ensureRange]);

  useEffect(() => {
    if (p.active >= 0 && p.active < p.total) virtualizer.scrollToIndex(p.active, { align: 'auto' });
  }, [p.active, p.total, virtualizer]);

  const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);

  const onKeyDown = (e: KeyboardEvent) => {
    const move = (to: number) => {
      e.preventDefault();
      const next = Math.max(0, Math.min(p.total - 1, to));
      p.onActivate(next);
      if (e.shiftKey) p.onToggle(next, 'range');
    };
    switch (e.key) {
      case 'ArrowDown':
        return move(p.active + 1);
      case 'ArrowUp':
        return move(p.active - 1);
      case 'PageDown':
        return move(p.active + pageRows);
      case 'PageUp':
        return move(p.active - pageRows);
      case 'Home':
        return move(0);
      case 'End':
        return move(p.total - 1);
      case ' ':
        e.preventDefault();
        return p.onToggle(p.active, 'toggle');
      case 'Enter':
        e.preventDefault();
        return p.onOpen(p.active);
      case 'Escape':
        if (p.selected.size > 0) {
          e.preventDefault();
          p.onClearSelection();
        }
    }
  };

  const { onActivate, onToggle, onOpen } = p;
  const onRowClick = useCallback(
    (index: number, e: MouseEvent) => {
      onActivate(index);
      if (e.shiftKey) onToggle(index, 'range');
      else if (e.ctrlKey || e.metaKey) onToggle(index, 'toggle');
      else onOpen(index);
    },
    [onActivate, onToggle, onOpen],
  );

  const activeRow = p.rowAt(p.active);
  return (
    <div
      ref={scroller}
      className="vtable"
      role="grid"
      aria-label="Vehicles"
      aria-rowcount={p.total + 1}
      aria-multiselectable
      tabIndex={0}
      aria-activedescendant={p.total > 0 && activeRow ? `vrow-${p.active}` : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => p.active < 0 && p.total > 0 && p.onActivate(0)}
    >
      <div className="vrow vhead" role="row" aria-rowindex={1}>
        {HEADERS.map((h, i) => (
          <div key={i} role="columnheader" className="vcell">
            {h}
          </div>
        ))}
      </div>
      <div className="vbody" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const v = p.rowAt(item.index);
          return (
            <VehicleRow
              key={item.key}
              index={item.index}
              start={item.start - ROW_HEIGHT}
              vehicle={v}
              selected={v ? p.selected.has(v.vin) : false}
              active={item.index === p.active}
              open={v !== undefined && v.vin === p.openVin}
              onRowClick={onRowClick}
              onToggle={p.onToggle}
            />
          );
        })}
      </div>
    </div>
  );
}
