/**
 * The partner token per environment. It goes to main and never comes back: this screen
 * only ever learns whether one is set, and warns when the computer can't protect it well.
 */
import { Badge, Button, Callout, Flex, Text, TextField } from '@radix-ui/themes';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ReplyOf } from '../../preload/contract';
import { api, call } from '../shared/api';
import { ErrorNote } from '../shared/ErrorNote';
import { useAction } from '../shared/useAction';
import { Section } from './Section';

type Status = ReplyOf<'secrets:status'>;
type TokenEnv = 'uat' | 'production';
const LABEL: Record<TokenEnv, string> = { uat: 'UAT token', production: 'Production token' };

export function TokenSection() {
  const [status, setStatus] = useState<Status | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    const r = await call(() => api().secretsStatus());
    if (r.ok) setStatus(r.data);
    setLoadError(r.ok ? null : r.message);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <Section id="tokens" title="Partner tokens" hint="The sandbox needs no token. A token is stored on this computer and never shown again." error={loadError}>
      {status?.protection === 'weak' && (
        <Callout.Root size="1" color="amber" role="note" data-testid="weak-protection">
          <Callout.Text>
            This computer offers no secure key store, so tokens are saved with weak protection. Anyone with access to this Windows account could read them.
          </Callout.Text>
        </Callout.Root>
      )}
      {status?.protection === 'environment-variable' && (
        <Callout.Root size="1" color="blue" role="note">
          <Callout.Text>Tokens are read from environment variables (QUOTEREADY_TOKEN_UAT, QUOTEREADY_TOKEN_PRODUCTION). A token entered here is kept only until QuoteReady closes.</Callout.Text>
        </Callout.Root>
      )}
      {(['uat', 'production'] as const).map((env) => (
        <TokenRow key={env} env={env} isSet={status ? status[env] : null} onChanged={() => void refresh()} />
      ))}
    </Section>
  );
}

function TokenRow({ env, isSet, onChanged }: { env: TokenEnv; isSet: boolean | null; onChanged(): void }) {
  const [token, setToken] = useState('');
  const saving = useAction((value: string) => api().setToken({ environment: env, token: value }));
  const clearing = useAction(() => api().clearToken({ environment: env }));
  const id = `token-${env}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!token.trim()) return;
    const r = await saving.run(token);
    if (r.ok) {
      setToken('');
      onChanged();
    }
  };
  const clear = async () => {
    if ((await clearing.run()).ok) onChanged();
  };
  return (
    <form onSubmit={submit} className="token-row">
      <Flex align="end" gap="2" wrap="wrap">
        <Flex direction="column" gap="1" className="token-field">
          <Flex gap="2" align="center">
            <Text as="label" size="1" weight="medium" htmlFor={id}>
              {LABEL[env]}
            </Text>
            {isSet !== null && (
              <Badge size="1" color={isSet ? 'green' : 'gray'} data-testid={`${id}-status`}>
                {isSet ? 'Set' : 'Not set'}
              </Badge>
            )}
          </Flex>
          <TextField.Root
            id={id}
            size="1"
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder={isSet ? 'Enter a new token to replace it' : 'Paste the token from the partner'}
            value={token}
            maxLength={8_192}
            onChange={(e) => setToken(e.target.value)}
          />
        </Flex>
        <Button size="1" type="submit" disabled={!token.trim()} loading={saving.busy}>
          Save token
        </Button>
        {isSet && (
          <Button size="1" type="button" variant="soft" color="red" loading={clearing.busy} onClick={() => void clear()}>
            Remove
          </Button>
        )}
      </Flex>
      <ErrorNote message={saving.error ?? clearing.error} />
    </form>
  );
}
