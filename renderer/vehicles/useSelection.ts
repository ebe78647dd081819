/** Which vehicles are selected (by VIN, so paging and refreshes don't lose them) and the keyboard cursor. */
import { useCallback, useRef, useState } from 'react';
import type { VehicleView } from '../../preload/contract';

export function useSelection(rowAt: (i: number) => VehicleView | undefined) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(-1);
  const anchor = useRef(-1);

  const toggle = useCallback(
    (index: number, mode: 'toggle' | 'range' | 'only') => {
      const v = rowAt(index);
      if (!v) return;
      setSelected((prev) => {
        if (mode === 'only') return new Set([v.vin]);
        const next = new Set(prev);
        if (mode === 'toggle' || anchor.current < 0) {
          if (next.has(v.vin)) next.delete(v.vin);
          else next.add(v.vin);
          return next;
        }
        const [from, to] = anchor.current < index ? [anchor.current, index] : [index, anchor.current];
        for (let i = from; i <= to; i++) {
          const r = rowAt(i);
          if (r) next.add(r.vin);
        }
        return next;
      });
      if (mode !== 'range') anchor.current = index;
    },
    [rowAt],
  );

  const reset = useCallback(() => {
    setSelected(new Set());
    setActive(-1);
    anchor.current = -1;
  }, []);

  return { selected, setSelected, active, setActive, toggle, reset };
}
