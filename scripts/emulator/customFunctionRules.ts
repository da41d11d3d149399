/**
 * What a custom function may do, as Sheets enforces it
 * (https://developers.google.com/apps-script/guides/sheets/functions, "Using
 * Apps Script services"): custom functions never ask for authorization, so
 * the Spreadsheet service is read only ("can use most get*() methods, but not
 * set*()"), there is no user interface, user properties cannot be set, and
 * services that reach personal data are refused with "You do not have
 * permission to call ...". Cache, Lock, Properties (reading), Utilities and
 * the spreadsheet's own settings (time zone, locale) work as usual.
 *
 * The view below wraps the services an execution sees: anything on the
 * SpreadsheetApp object graph that does not read (get*, is*, has*) throws the
 * message Sheets shows, and so do getUi() and setting a user property. The
 * emulation is stricter than Sheets where Sheets is lenient in ways the
 * add-on must not rely on.
 */

import type { EmulatedServices } from './services';

const READS = /^(get|is|has|can)[A-Z]/;

function refused(name: string): Error {
  return new Error(`You do not have permission to call ${name}`);
}

/** A read-only view of an object of the SpreadsheetApp graph; objects it returns are viewed the same way. */
function readOnly<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        if (property === 'getUi') throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
        if (!READS.test(property)) throw refused(property);
        return wrap(Reflect.apply(value as (...a: unknown[]) => unknown, object, args));
      };
    },
  });
}

function wrap(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(wrap);
  if (value === null || typeof value !== 'object' || Object.prototype.toString.call(value) === '[object Date]')
    return value;
  return readOnly(value);
}

/** The services as a custom function sees them. */
export function customFunctionServices(services: EmulatedServices): Record<string, unknown> {
  const properties = services.PropertiesService;
  return {
    ...services,
    SpreadsheetApp: readOnly(services.SpreadsheetApp),
    PropertiesService: {
      getDocumentProperties: () => properties.getDocumentProperties(),
      getUserProperties: () => {
        const user = properties.getUserProperties();
        return {
          getProperty: (key: string) => user.getProperty(key),
          getProperties: () => user.getProperties(),
          setProperty: () => {
            throw refused('setProperty');
          },
          setProperties: () => {
            throw refused('setProperties');
          },
          deleteProperty: () => {
            throw refused('deleteProperty');
          },
        };
      },
    },
  };
}
