/** Shown when the page was opened without the app around it (no window.quoteready). */
export function MissingBridge() {
  return (
    <main className="missing-bridge">
      <h1>QuoteReady cannot start here</h1>
      <p>
        This page needs the QuoteReady app around it. Open QuoteReady from its desktop icon, or start the browser harness with{' '}
        <code>npm run harness</code> and open the address it prints.
      </p>
    </main>
  );
}
