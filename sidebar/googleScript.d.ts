/**
 * The client-side API HtmlService gives a sidebar: google.script.run calls a
 * server function (a top-level function of the script) asynchronously.
 * https://developers.google.com/apps-script/guides/html/reference/run
 */
interface GoogleScriptRunner {
  withSuccessHandler(handler: (result: unknown, userObject?: unknown) => void): GoogleScriptRunner;
  withFailureHandler(handler: (error: Error, userObject?: unknown) => void): GoogleScriptRunner;
  withUserObject(userObject: unknown): GoogleScriptRunner;
  [serverFunction: string]: (...args: unknown[]) => unknown;
}

declare const google: {
  script: {
    run: GoogleScriptRunner;
    host: { close(): void; editor: { focus(): void } };
  };
};
