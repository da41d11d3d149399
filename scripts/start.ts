/**
 * npm start: the playground, an offline stand-in for Google Sheets with the
 * add-on installed, on the example workbook. Open the printed address in a
 * browser; no Google account is needed. PORT overrides the port (8080).
 */

import { startPlayground } from './playground/server';

async function main(): Promise<void> {
  const playground = await startPlayground({ port: Number(process.env.PORT ?? 8080) });
  console.log(`Loyalty Metrics playground: ${playground.url}`);
  console.log('The example workbook "Bean There" is open with the add-on installed: Extensions > Loyalty Metrics.');
  console.log('State lives in memory and resets when you stop this (Ctrl+C).');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
