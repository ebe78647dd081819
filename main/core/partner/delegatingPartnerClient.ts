/**
 * Lets the environment change (Sandbox -> UAT -> Production) under a running app
 * without rebuilding the engine or the quote service that hold a client.
 */
import type { PartnerClient } from './partnerClient.js';

export class DelegatingPartnerClient implements PartnerClient {
  constructor(private current: PartnerClient) {}

  /** Swaps the target and closes the old client (its sockets and timers). */
  async replace(next: PartnerClient): Promise<void> {
    const old = this.current;
    this.current = next;
    await old.close();
  }

  register: PartnerClient['register'] = (v, s) => this.current.register(v, s);
  startPrice: PartnerClient['startPrice'] = (c, s) => this.current.startPrice(c, s);
  searchPlans: PartnerClient['searchPlans'] = (c, f, s) => this.current.searchPlans(c, f, s);
  cleanCache: PartnerClient['cleanCache'] = (vin, s) => this.current.cleanCache(vin, s);
  close = () => this.current.close();
}
