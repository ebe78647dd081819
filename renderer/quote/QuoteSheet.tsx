/**
 * The one-page quote sheet for the customer: dealership, vehicle, the plans the user ticked,
 * "Prices as of <time>" and the partner's notice that prices can change without notice. It
 * lives outside the app's root (a portal), hidden on screen; print CSS shows only it, and
 * window.print() prints it (or saves it as PDF from the print dialog). On the sandbox it says
 * so at the top: its prices are made up.
 */
import { memo } from 'react';
import { createPortal } from 'react-dom';
import type { PlanView, SettingsView } from '../../preload/contract';
import { durationAndMiles, odometerEnd } from '../../preload/planTerms';
import type { LookupReply, Priced, QuoteRequestShown } from './quoteState';
import { coverageLabel, formatMiles, formatMoney, formatPrintedAt, locationLabel, monthlyWords, vehicleName } from './quoteWords';

interface Props {
  environment: SettingsView['environment'];
  dealershipName: string;
  lookup: LookupReply;
  request: QuoteRequestShown;
  plans: Priced<PlanView[]>;
  chosen: PlanView[];
  printedAt: number;
}

export const PRICE_NOTICE = 'Prices can change without notice. This sheet is not a binding quote: the price is confirmed only when the contract is purchased.';

/** Memoised: it only changes when the plans, the ticks or the print time do. */
export const QuoteSheet = memo(function QuoteSheet({ environment, dealershipName, lookup, request, plans, chosen, printedAt }: Props) {
  const sandbox = environment === 'sandbox';
  const name = vehicleName(lookup.vehicle);
  return createPortal(
    <article className="quote-sheet" aria-hidden data-testid="quote-sheet" data-environment={environment}>
      {sandbox && <p className="sheet-sandbox">Sandbox — demo prices. These plans and prices are made up for demonstration; never offer them to a customer.</p>}
      <header className="sheet-header">
        <div>
          <h1>{dealershipName || 'Vehicle service contract options'}</h1>
          {dealershipName && <p className="sheet-sub">Vehicle service contract options</p>}
        </div>
        <p className="sheet-printed">Prepared {formatPrintedAt(printedAt)}</p>
      </header>
      <dl className="sheet-vehicle">
        <div>
          <dt>Vehicle</dt>
          <dd>{name ?? '—'}</dd>
        </div>
        <div>
          <dt>VIN</dt>
          <dd className="sheet-mono">{request.vin}</dd>
        </div>
        {lookup.vehicle?.stockNumber && (
          <div>
            <dt>Stock</dt>
            <dd>{lookup.vehicle.stockNumber}</dd>
          </div>
        )}
        <div>
          <dt>Odometer</dt>
          <dd>{formatMiles(request.mileage)} miles</dd>
        </div>
        <div>
          <dt>Priced for</dt>
          <dd>{locationLabel(request.location)}</dd>
        </div>
      </dl>
      <p className="sheet-as-of">
        <strong>Prices as of {formatPrintedAt(plans.fetchedAt)}</strong>
        {!plans.current && ' — not current: fetched earlier, the partner could not be asked again'}
      </p>
      <table className="sheet-plans">
        <thead>
          <tr>
            <th>Plan</th>
            <th>Coverage level</th>
            <th>Duration and miles</th>
            <th className="num">Deductible</th>
            <th className="num">Monthly</th>
            <th className="num">Total</th>
          </tr>
        </thead>
        <tbody>
          {chosen.map((p, i) => {
            const end = odometerEnd(p, request.mileage);
            return (
              <tr key={i}>
                <td>
                  {p.planName}
                  {p.displayProviderName && <div className="sheet-small">Provider: {p.displayProviderName}</div>}
                </td>
                <td>{coverageLabel(p.coverageType)}</td>
                <td>
                  <span className="sheet-term">{durationAndMiles(p)}</span>
                  <div className="sheet-small">{end ?? 'no mileage limit'}</div>
                </td>
                <td className="num">{p.deductible !== undefined ? formatMoney(p.deductible) : '—'}</td>
                <td className="num">{monthlyWords(p)}</td>
                <td className="num sheet-total">{p.totalPrice !== undefined ? formatMoney(p.totalPrice, 'USD', 'always') : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="sheet-note">Coverage ends at the months or the miles shown, whichever comes first; the miles are added to the odometer reading above.</p>
      <p className="sheet-notice">{PRICE_NOTICE}</p>
      {sandbox && <p className="sheet-sandbox sheet-sandbox-foot">Sandbox — demo prices</p>}
    </article>,
    document.body,
  );
});
