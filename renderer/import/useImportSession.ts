/**
 * The import in progress, kept above the screens so the user can look at Settings or
 * Vehicles and come back to the same preview. Every step asks main for a fresh preview:
 * the file's bytes are kept here and sent again when the sheet or the mapping changes.
 */
import { useCallback, useState } from 'react';
import type { MappingView, PreviewView, ReplyOf } from '../../preload/contract';
import { api } from '../shared/api';
import { downloadBytes, downloadText } from '../shared/download';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
import { useAction } from '../shared/useAction';

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

interface LoadedFile {
  name: string;
  data: Uint8Array<ArrayBuffer>;
  /** Set once the user confirmed that a kilometres column should be converted to miles. */
  kilometres?: 'convert';
}

export type CommitResult = ReplyOf<'import:commit'>;

export function useImportSession() {
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [preview, setPreview] = useState<PreviewView | null>(null);
  const [fixes, setFixes] = useState(0);
  const [fileError, setFileError] = useState<string | null>(null);

  const previewAction = useAction((f: LoadedFile, sheet?: string, mapping?: MappingView, headerRow?: number) =>
    api().previewImport({
      fileName: f.name,
      data: f.data,
      ...(sheet !== undefined ? { sheet } : {}),
      ...(mapping ? { mapping, ...(headerRow ? { headerRow } : {}) } : {}),
      ...(f.kilometres ? { kilometres: f.kilometres } : {}),
    }),
  );
  const fixAction = useAction((previewId: string, row: number, column: number, value: string) => api().fixImportCell({ previewId, row, column, value }));
  const exportAction = useAction((previewId: string, format: 'csv' | 'xlsx') => api().exportRejectedRows({ previewId, format }));
  const commitAction = useAction((previewId: string, startRegistration: boolean) => api().commitImport({ previewId, startRegistration }));

  const runPreview = previewAction.run;
  const load = useCallback(
    async (f: LoadedFile, sheet?: string, mapping?: MappingView, headerRow?: number) => {
      const reply = await runPreview(f, sheet, mapping, headerRow);
      if (reply.ok) {
        setFile(f);
        setPreview(reply.data);
        setFixes(0);
      }
      return reply.ok;
    },
    [runPreview],
  );

  const chooseFile = useCallback(
    async (picked: File) => {
      setFileError(null);
      if (picked.size === 0) return setFileError(`"${picked.name}" is empty.`);
      if (picked.size > MAX_FILE_BYTES) return setFileError(`"${picked.name}" is larger than 200 MB, the most QuoteReady reads at once. Split it into smaller files.`);
      let data: Uint8Array<ArrayBuffer>;
      try {
        data = new Uint8Array(await picked.arrayBuffer());
      } catch {
        return setFileError(`QuoteReady could not read "${picked.name}". Is it open in another program, or on a drive that went away?`);
      }
      await load({ name: picked.name, data });
    },
    [load],
  );

  const chooseSheet = useCallback((sheet: string) => (file ? load(file, sheet) : Promise.resolve(false)), [file, load]);

  const changeMapping = useCallback(
    (field: keyof MappingView, column: number | null) => {
      if (!file || !preview) return Promise.resolve(false);
      // Same sheet, same header row: only the columns change.
      return load(file, preview.sheet ?? undefined, { ...preview.mapping, [field]: column }, preview.headerRow);
    },
    [file, preview, load],
  );

  /** The user confirmed the column holds kilometres: read it again, converting to miles. */
  const convertKilometres = useCallback(() => {
    if (!file || !preview) return Promise.resolve(false);
    return load({ ...file, kilometres: 'convert' }, preview.sheet ?? undefined, preview.mapping, preview.headerRow);
  }, [file, preview, load]);

  const runFix = fixAction.run;
  const fixCell = useCallback(
    async (row: number, column: number, value: string) => {
      if (!preview) return false;
      const reply = await runFix(preview.previewId, row, column, value);
      if (reply.ok) {
        setPreview(reply.data);
        setFixes((n) => n + 1);
      }
      return reply.ok;
    },
    [preview, runFix],
  );

  const runExport = exportAction.run;
  const exportRejected = useCallback(
    async (format: 'csv' | 'xlsx') => {
      if (!preview) return;
      const reply = await runExport(preview.previewId, format);
      if (!reply.ok) return;
      if (format === 'xlsx' && reply.data.bytes) downloadBytes(reply.data.fileName, reply.data.bytes, XLSX_TYPE);
      else downloadText(reply.data.fileName, reply.data.csv);
    },
    [preview, runExport],
  );

  const runCommit = commitAction.run;
  const commit = useCallback(
    async (startRegistration: boolean): Promise<CommitResult | null> => {
      if (!preview) return null;
      const reply = await runCommit(preview.previewId, startRegistration);
      if (!reply.ok) return null;
      setFile(null);
      setPreview(null);
      setFixes(0);
      return reply.data;
    },
    [preview, runCommit],
  );

  const clearPreviewError = previewAction.clearError;
  const reset = useCallback(() => {
    setFile(null);
    setPreview(null);
    setFixes(0);
    setFileError(null);
    clearPreviewError();
  }, [clearPreviewError]);

  return {
    fileName: file?.name ?? null,
    preview,
    fixes,
    fileError: fileError ?? (preview ? null : previewAction.error),
    mappingError: preview ? previewAction.error : null,
    reading: previewAction.busy,
    fix: fixAction,
    exporting: exportAction,
    committing: commitAction,
    chooseFile,
    chooseSheet,
    changeMapping,
    convertKilometres,
    fixCell,
    exportRejected,
    commit,
    reset,
  };
}

export type ImportSession = ReturnType<typeof useImportSession>;
