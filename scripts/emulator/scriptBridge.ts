/**
 * The server side of google.script.run for an offline spreadsheet: a page's
 * call arrives (over HTTP from the playground's shim) as a function name and
 * arguments, runs as an execution of the bundle, and returns a value or an
 * error, under Apps Script's rules: only top-level functions whose names do
 * not end in "_" are callable, and arguments and results must be
 * transferable (scriptValue.ts).
 */

import type { OfflineSpreadsheet } from './offlineSpreadsheet';
import { type Transferable, toTransferable } from './scriptValue';

export interface BridgeRequest {
  readonly functionName: string;
  readonly args: readonly unknown[];
}

export type BridgeResponse =
  | { readonly ok: true; readonly value?: Transferable }
  | { readonly ok: false; readonly error: { readonly name: string; readonly message: string } };

export interface BridgeOptions {
  /** Delay before each call runs, to mimic the round trip to Google's servers. */
  readonly latencyMs?: number;
}

export class ScriptBridge {
  /** Calls being served now, and the most ever served at once (the page's shim allows 10). */
  inFlight = 0;
  maxInFlight = 0;
  calls = 0;
  /** Delay before each call runs; a test may lengthen it to make calls overlap on a busy machine. */
  latencyMs: number;

  constructor(
    private readonly spreadsheet: OfflineSpreadsheet,
    options: BridgeOptions = {},
  ) {
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** The names google.script.run offers: the script's top-level functions, private ones ("name_") excepted. */
  callableFunctions(): string[] {
    const globals = this.spreadsheet.runtime.context as Record<string, unknown>;
    return Object.keys(globals)
      .filter((name) => typeof globals[name] === 'function' && !name.endsWith('_'))
      .sort();
  }

  async run(request: BridgeRequest): Promise<BridgeResponse> {
    this.calls++;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      return this.execute(request);
    } finally {
      this.inFlight--;
    }
  }

  private execute({ functionName, args }: BridgeRequest): BridgeResponse {
    if (typeof functionName !== 'string' || !this.callableFunctions().includes(functionName)) {
      return failure('TypeError', `Script function not found: ${String(functionName)}`);
    }
    const input = toTransferable(Array.isArray(args) ? args : []);
    if (!input.ok) return failure('Error', input.message);
    let result: unknown;
    try {
      result = this.spreadsheet.execute(functionName, ...(input.value as Transferable[]));
    } catch (error) {
      // The failure handler receives an Error carrying the message thrown on the server.
      return failure('ScriptError', messageOf(error));
    }
    const output = toTransferable(result);
    if (!output.ok) return failure('Error', output.message);
    return output.value === undefined ? { ok: true } : { ok: true, value: output.value };
  }
}

function failure(name: string, message: string): BridgeResponse {
  return { ok: false, error: { name, message } };
}

function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}
