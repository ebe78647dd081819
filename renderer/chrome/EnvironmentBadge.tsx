/**
 * Which partner system prices come from. Sandbox is loud amber on purpose: its prices
 * are made up, and no one should quote a customer from them.
 */
import { Badge, Tooltip } from '@radix-ui/themes';
import type { SettingsView } from '../../preload/contract';

const LOOK = {
  sandbox: { color: 'amber', label: 'Sandbox — demo prices', hint: 'Prices and plans come from the built-in sandbox. They are made up: never quote them to a customer.' },
  uat: { color: 'blue', label: 'UAT — partner test system', hint: "The partner's test system: prices are for testing only." },
  production: { color: 'green', label: 'Production', hint: "The partner's live system: real prices." },
} as const;

export function EnvironmentBadge({ environment }: { environment: SettingsView['environment'] }) {
  const look = LOOK[environment];
  return (
    <Tooltip content={look.hint}>
      <Badge
        color={look.color}
        variant={environment === 'production' ? 'soft' : 'solid'}
        size="2"
        className="env-badge"
        data-environment={environment}
        tabIndex={0}
        aria-label={`Environment: ${look.label}. ${look.hint}`}
      >
        {look.label}
      </Badge>
    </Tooltip>
  );
}
