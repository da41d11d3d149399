/**
 * google.script in the playground: the client-side API Apps Script gives an
 * HtmlService page, forwarding calls over HTTP to the bundle running in Node.
 * Served as /google-script.js and included first in every sidebar and dialog
 * the add-on shows, as Apps Script includes its own.
 *
 * - google.script.run.withSuccessHandler(f).withFailureHandler(g).withUserObject(o).serverFunction(...args)
 *   offers exactly the script's callable functions (anything else is not a function, as in Apps Script);
 * - arguments and results follow Apps Script's rules (a Date anywhere fails the call);
 * - at most 10 calls are under way at once; later calls wait their turn (results come back on an
 *   event stream, so the browser's limit of six connections per host does not lower that);
 * - without a failure handler a failure is logged to the console;
 * - google.script.host.close(), .setHeight(), .setWidth() and .editor.focus() tell the playground page;
 *   close() closes the sidebar or the dialog the page is in, as in Apps Script ("Closes the current dialog or
 *   sidebar"), and the server forgets it (the Function help dialog closes on Esc this way).
 */

import { toTransferable } from '../emulator/scriptValue';

declare global {
  interface Window {
    /** Set by /google-script.js before this code: the callable server functions. */
    __APPS_SCRIPT_FUNCTIONS__?: string[];
  }
}

type SuccessHandler = (value: unknown, userObject?: unknown) => void;
type FailureHandler = (error: Error, userObject?: unknown) => void;

interface Handlers {
  readonly success?: SuccessHandler | null;
  readonly failure?: FailureHandler | null;
  readonly userObject?: unknown;
  readonly hasUserObject: boolean;
}

const MAX_CONCURRENT_CALLS = 10;
const ENDPOINT = '/google-script/run';
const RESULTS = '/google-script/results';

let running = 0;
const waiting: (() => void)[] = [];

async function takeTurn(): Promise<void> {
  if (running < MAX_CONCURRENT_CALLS) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function endTurn(): void {
  const next = waiting.shift();
  if (next === undefined) running--;
  else next();
}

function fail(handlers: Handlers, error: Error): void {
  if (handlers.failure) {
    if (handlers.hasUserObject) handlers.failure(error, handlers.userObject);
    else handlers.failure(error);
  } else if (handlers.failure === undefined) {
    console.error(error);
  }
}

function succeed(handlers: Handlers, value: unknown): void {
  if (!handlers.success) return;
  if (handlers.hasUserObject) handlers.success(value, handlers.userObject);
  else handlers.success(value);
}

function scriptError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/**
 * Calls are posted (and answered at once) and their results come back on one
 * event stream per page: a browser opens at most six connections to a host,
 * which would otherwise cap concurrent calls below Apps Script's ten.
 */
const PAGE_ID = Math.random().toString(36).slice(2);
const pending = new Map<number, (response: BridgeReply) => void>();
let nextCallId = 1;

interface BridgeReply {
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string };
}

new EventSource(`${RESULTS}?page=${PAGE_ID}`).addEventListener('message', (event: MessageEvent<string>) => {
  const { callId, response } = JSON.parse(event.data) as { callId: number; response: BridgeReply };
  pending.get(callId)?.(response);
  pending.delete(callId);
});

async function call(functionName: string, args: unknown[], handlers: Handlers): Promise<void> {
  // A DOM node is another kind of object and fails here like a Date.
  const input = toTransferable(args);
  if (!input.ok) {
    setTimeout(() => fail(handlers, scriptError('Error', input.message)), 0);
    return;
  }
  await takeTurn();
  const callId = nextCallId++;
  let response: BridgeReply;
  try {
    const result = new Promise<BridgeReply>((resolve) => pending.set(callId, resolve));
    const posted = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pageId: PAGE_ID, callId, functionName, args: input.value }),
    });
    if (!posted.ok) throw new Error(`${posted.status} ${await posted.text()}`);
    response = await result;
  } catch (error) {
    pending.delete(callId);
    response = { ok: false, error: { name: 'NetworkError', message: `NetworkError: ${String(error)}` } };
  } finally {
    endTurn();
  }
  if (response.ok) succeed(handlers, response.value);
  else fail(handlers, scriptError(response.error?.name ?? 'ScriptError', response.error?.message ?? 'unknown error'));
}

type Runner = { [name: string]: unknown } & {
  withSuccessHandler(handler: SuccessHandler | null): Runner;
  withFailureHandler(handler: FailureHandler | null): Runner;
  withUserObject(userObject: unknown): Runner;
};

function runner(handlers: Handlers): Runner {
  const result: Runner = {
    withSuccessHandler: (success) => runner({ ...handlers, success }),
    withFailureHandler: (failure) => runner({ ...handlers, failure }),
    withUserObject: (userObject) => runner({ ...handlers, userObject, hasUserObject: true }),
  };
  for (const name of window.__APPS_SCRIPT_FUNCTIONS__ ?? []) {
    result[name] = (...args: unknown[]) => {
      void call(name, args, handlers);
    };
  }
  return result;
}

/** Tells the playground page (the parent) what the page asked of its host. */
function tellHost(action: string, value?: number): void {
  const id = Number(/\/ui\/(\d+)/.exec(window.location.pathname)?.[1]);
  window.parent.postMessage({ type: 'apps-script-host', action, value, id }, window.location.origin);
}

const script = {
  get run(): Runner {
    return runner({ hasUserObject: false });
  },
  host: {
    close: () => tellHost('close'),
    setHeight: (height: number) => tellHost('setHeight', height),
    setWidth: (width: number) => tellHost('setWidth', width),
    editor: { focus: () => tellHost('focus') },
  },
};

(window as unknown as { google: { script: typeof script } }).google = { script };
