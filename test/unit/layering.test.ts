/**
 * The layering rule is itself tested: the lint that `npm test` runs must reject an
 * electron import anywhere under main/core, and a main/ import from the renderer.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/runCli.js';

const eslint = new ESLint({ cwd: REPO_ROOT });
const lint = async (code: string, file: string) => {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}${file}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('layering lint', () => {
  it('fails an electron import in the core', async () => {
    expect(await lint(`import { app } from 'electron';\nexport const x = app;\n`, 'main/core/ledger/sneaky.ts')).toEqual([
      expect.stringContaining('main/core must run without Electron'),
    ]);
    expect(await lint(`import Store from 'electron-store';\nexport const s = Store;\n`, 'main/core/service/sneaky.ts')).toHaveLength(1);
  });

  it('allows electron in main/app', async () => {
    expect(await lint(`import { app } from 'electron';\nexport const x = app;\n`, 'main/app/fine.ts')).toEqual([]);
  });

  it('keeps the renderer off main and Node', async () => {
    expect(await lint(`import { Ledger } from '../../main/core/ledger/ledger.js';\nexport const l = Ledger;\n`, 'renderer/import/sneaky.ts')).toHaveLength(1);
  });
});
