/**
 * The plan list as the partner requires it: plan name, price (monthly and total), coverage
 * level, duration AND miles with the odometer reading at which coverage ends, deductible,
 * provider. Filters for coverage level, duration and miles; sort by price. Each row can be
 * ticked for the printed quote sheet. A stored list is marked as not current, never binding.
 */
import { Badge, Flex, Heading, Select, Text } from '@radix-ui/themes';
import { memo, useMemo, type ReactNode } from 'react';
import { durationAndMiles, odometerEnd } from '../../preload/planTerms';
import type { PlanView } from '../../preload/contract';
import { formatCount } from '../shared/format';
import { applyPlanFilters, filterOptions, planKey, SORT_LABEL, type FilterOption, type PlanFilters, type PlanSort } from './planList';
import type { Priced } from './quoteState';
import { coverageLabel, formatMiles, formatMoney, locationLabel, monthlyWords } from './quoteWords';

interface Props {
  plans: Priced<PlanView[]>;
  /** The odometer now: coverage miles are added to it. */
  odometer: number;
  run: number;
  /** "as of 2:41 PM", "3 days ago, not current", "Not current — last fetched …". */
  ageWords: string;
  /** Where this quote is for, to say when the stored list was for somewhere else. */
  location: string | null;
  filters: PlanFilters;
  onFilters(f: PlanFilters): void;
  ticked: ReadonlySet<string>;
  onTick(key: string, on: boolean): void;
  /** Print button, at the right of the heading. */
  actions?: ReactNode;
}

function FilterSelect({ id, label, value, options, onChange, all }: { id: string; label: string; value: string; options: FilterOption[]; onChange(v: string): void; all: string }) {
  return (
    <Flex direction="column" gap="1">
      <Text as="span" size="1" color="gray" id={`plan-filter-${id}`}>
        {label}
      </Text>
      <Select.Root size="1" value={value} onValueChange={onChange}>
        <Select.Trigger aria-labelledby={`plan-filter-${id}`} className="plan-filter" />
        <Select.Content position="popper">
          <Select.Item value="all">{all}</Select.Item>
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </Flex>
  );
}

/**
 * One plan. Plain elements (a native checkbox, as in the vehicle table): a row is drawn for
 * every plan on every answer, and Radix components cost more than they add here.
 */
const PlanRow = memo(function PlanRow({ plan: p, planKey: key, odometer, ticked, onTick }: { plan: PlanView; planKey: string; odometer: number; ticked: boolean; onTick(key: string, on: boolean): void }) {
  return (
    <tr data-testid="plan-row" data-ticked={ticked}>
      <td className="tick-col">
        <input type="checkbox" className="row-check plan-check" checked={ticked} onChange={(e) => onTick(key, e.currentTarget.checked)} aria-label={`Put ${p.planName} on the quote sheet`} />
      </td>
      <td className="plan-name">{p.planName}</td>
      <td>{coverageLabel(p.coverageType)}</td>
      <td>
        <div className="term-line">{durationAndMiles(p)}</div>
        <div className="term-end">{odometerEnd(p, odometer) ?? 'no mileage limit'}</div>
      </td>
      <td className="num">{p.deductible !== undefined ? formatMoney(p.deductible, 'USD') : '—'}</td>
      <td className="num">{monthlyWords(p)}</td>
      <td className="num total">{p.totalPrice !== undefined ? formatMoney(p.totalPrice, 'USD', 'always') : '—'}</td>
      <td>{p.displayProviderName ?? '—'}</td>
    </tr>
  );
});

/** Memoised: a quote's later events (the live start price, the clock) leave the table alone. */
export const PlanTable = memo(function PlanTable({ plans, odometer, run, ageWords, location, filters, onFilters, ticked, onTick, actions }: Props) {
  const options = useMemo(() => filterOptions(plans.value), [plans.value]);
  const shown = useMemo(() => applyPlanFilters(plans.value, filters), [plans.value, filters]);
  const keys = useMemo(() => new Map(plans.value.map((p, i) => [p, planKey(p, i)])), [plans.value]);
  const elsewhere = location && plans.location !== location ? ` (for ${locationLabel(plans.location)})` : '';
  const set = (patch: Partial<PlanFilters>) => onFilters({ ...filters, ...patch });

  return (
    <section className="panel plan-section" aria-labelledby="plans-heading" data-testid="plan-table" data-kind={plans.current ? 'live' : 'stored'} data-run={run} data-current={plans.current}>
      <Flex justify="between" align="end" gap="3" wrap="wrap">
        <Flex direction="column" gap="1">
          <Flex align="baseline" gap="2" wrap="wrap">
            <Heading as="h2" size="4" id="plans-heading" className="plans-heading">
              Plans
            </Heading>
            <Text size="2" color="gray" data-testid="plan-count">
              {shown.length === plans.value.length ? `${formatCount(plans.value.length)} plans` : `${formatCount(shown.length)} of ${formatCount(plans.value.length)} plans`}
            </Text>
            {plans.current ? (
              <Text size="2" color="gray" data-testid="plans-age">
                {ageWords}
                {elsewhere}
              </Text>
            ) : (
              <Badge color="amber" variant="soft" size="2" data-testid="plans-age">
                {ageWords}
                {elsewhere}
              </Badge>
            )}
          </Flex>
          <Text size="1" color="gray">
            Coverage ends at the months or the miles, whichever comes first; the miles are added to today’s odometer ({formatMiles(odometer)}).
          </Text>
        </Flex>
        {actions}
      </Flex>
      <Flex gap="2" align="end" wrap="wrap" className="plan-filters">
        <FilterSelect id="coverage" label="Coverage level" value={filters.coverage} options={options.coverage} onChange={(v) => set({ coverage: v })} all="All levels" />
        <FilterSelect id="duration" label="Duration" value={filters.duration} options={options.duration} onChange={(v) => set({ duration: v })} all="Any duration" />
        <FilterSelect id="miles" label="Miles" value={filters.miles} options={options.miles} onChange={(v) => set({ miles: v })} all="Any miles" />
        <Flex direction="column" gap="1">
          <Text as="span" size="1" color="gray" id="plan-sort-label">
            Sort
          </Text>
          <Select.Root size="1" value={filters.sort} onValueChange={(v) => set({ sort: v as PlanSort })}>
            <Select.Trigger aria-labelledby="plan-sort-label" className="plan-filter plan-sort" />
            <Select.Content position="popper">
              {(Object.keys(SORT_LABEL) as PlanSort[]).map((k) => (
                <Select.Item key={k} value={k}>
                  {SORT_LABEL[k]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Flex>
      </Flex>
      <div className="plan-scroll" data-stale={!plans.current}>
        <table className="plan-table">
          <thead>
            <tr>
              <th className="tick-col">
                <span className="visually-hidden">On the quote sheet</span>
              </th>
              <th>Plan</th>
              <th>Coverage level</th>
              <th>Duration and miles</th>
              <th className="num">Deductible</th>
              <th className="num">Monthly</th>
              <th className="num">Total</th>
              <th>Provider</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => {
              const key = keys.get(p)!;
              return <PlanRow key={key} plan={p} planKey={key} odometer={odometer} ticked={ticked.has(key)} onTick={onTick} />;
            })}
            {shown.length === 0 && (
              <tr>
                <td colSpan={8} className="plan-empty">
                  No plan matches these filters.{' '}
                  <button type="button" className="link-button" onClick={() => onFilters({ ...filters, coverage: 'all', duration: 'all', miles: 'all' })}>
                    Show all plans
                  </button>
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
});
