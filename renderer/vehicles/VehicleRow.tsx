/** One table row, memoised: scrolling re-renders only the rows that come into view. */
import { memo, type MouseEvent } from 'react';
import type { VehicleView } from '../../preload/contract';
import { StateBadge } from './StateBadge';
import { lastMessage, mileageCell, registrationCell } from './vehicleCells';
import { vehicleTitle } from './vehicleQuery';

interface Props {
  index: number;
  start: number;
  vehicle: VehicleView | undefined;
  selected: boolean;
  active: boolean;
  open: boolean;
  onRowClick(index: number, e: MouseEvent): void;
  onToggle(index: number, mode: 'toggle'): void;
}

export const VehicleRow = memo(function VehicleRow({ index, start, vehicle: v, selected, active, open, onRowClick, onToggle }: Props) {
  const reg = v ? registrationCell(v) : null;
  const message = v ? lastMessage(v) : '';
  return (
    <div
      id={`vrow-${index}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className="vrow"
      data-active={active}
      data-open={open}
      data-testid={v ? `vehicle-row-${v.vin}` : undefined}
      style={{ transform: `translateY(${start}px)` }}
      onClick={(e) => onRowClick(index, e)}
    >
      {v ? (
        <>
          <div role="gridcell" className="vcell" onClick={(e) => e.stopPropagation()}>
            {/* The row itself carries aria-selected; this box is for the mouse. */}
            <input type="checkbox" className="row-check" tabIndex={-1} aria-label={`Select ${v.vin}`} checked={selected} onChange={() => onToggle(index, 'toggle')} />
          </div>
          <div role="gridcell" className="vcell mono">
            {v.vin}
          </div>
          <div role="gridcell" className="vcell">
            {v.stockNumber ?? ''}
          </div>
          <div role="gridcell" className="vcell">
            {vehicleTitle(v)}
          </div>
          <div role="gridcell" className="vcell num">
            {mileageCell(v)}
          </div>
          <div role="gridcell" className="vcell">
            <StateBadge state={v.state} />
          </div>
          <div role="gridcell" className="vcell" data-soon={reg?.soon}>
            {reg?.text}
          </div>
          <div role="gridcell" className="vcell" title={message}>
            {message}
          </div>
        </>
      ) : (
        <div role="gridcell" className="vcell vloading">
          Loading…
        </div>
      )}
    </div>
  );
});
