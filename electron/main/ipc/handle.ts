import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { describeProblems, problemsOf } from '../../shared/issues';
import type { IpcChannel, IpcResult } from '../../shared/ipc-contract';
import { type AppOrigin, isAppUrl } from '../security';

/** The URL of the frame that sent an IPC message, or '' when the frame is already gone. */
const senderUrlOf = (event: IpcMainInvokeEvent): string => event.senderFrame?.url ?? '';

export const errorMessageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'An unexpected error occurred.';

export type Handle = <Schema extends z.ZodType, Value>(
  channel: IpcChannel,
  schema: Schema,
  fn: (request: z.infer<Schema>, event: IpcMainInvokeEvent) => Promise<Value> | Value,
) => void;

/**
 * The one way to answer the renderer: check the sender is the app's own page, parse the argument
 * with the channel's zod schema (IPC is a trust boundary), run the handler, and turn any outcome
 * into `{ ok: true, value } | { ok: false, error }`. Nothing is thrown across the bridge.
 *
 * `createHandle(origin)` binds `handle(channel, schema, fn)` to where the app's page is trusted from.
 */
export const createHandle =
  (origin: AppOrigin): Handle =>
  (channel, schema, fn) => {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<IpcResult<unknown>> => {
      const senderUrl = senderUrlOf(event);
      if (!isAppUrl(senderUrl, origin)) {
        console.warn(`DPO Desk: refused "${channel}" from ${senderUrl || 'an unknown frame'}`);
        return { ok: false, error: `Refused: "${channel}" may only be called by DPO Desk's own window.` };
      }
      if (args.length > 1) {
        return { ok: false, error: `"${channel}" takes one argument, received ${args.length}.` };
      }
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) {
        return { ok: false, error: `Invalid request to "${channel}":\n${describeProblems(problemsOf(parsed.error))}` };
      }
      try {
        return { ok: true, value: await fn(parsed.data, event) };
      } catch (error) {
        return { ok: false, error: errorMessageOf(error) };
      }
    });
  };
