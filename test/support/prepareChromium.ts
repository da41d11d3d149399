// Unpacks the npm-shipped Chromium once, before the browser test files start
// (in parallel workers they would otherwise unpack it at the same time).
import { chromiumInstallation } from '../../scripts/playground/chromium';

export default async function prepareChromium(): Promise<void> {
  await chromiumInstallation();
}
