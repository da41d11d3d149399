/**
 * A real Chromium for the browser tests and screenshots, with nothing to
 * download: the build shipped inside the @sparticuz/chromium npm package
 * (brotli-compressed, unpacked into the temp folder on first use), or the
 * system's when CHROMIUM_PATH is set.
 *
 * That build links the NSS libraries; the package carries them too (for
 * Amazon Linux), so they are unpacked beside it and put on LD_LIBRARY_PATH:
 * the browser then needs nothing from the machine but the C library.
 *
 * Its fonts cover Latin only; the wizard speaks Thai, Persian and Chinese, so
 * open fonts for those scripts (Noto Sans Thai, Vazirmatn, Noto Sans TC, from
 * npm) go where its fontconfig looks, or screenshots would show blank text.
 */

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

/** Flags for a headless browser on a machine without a network or a GPU. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-domain-reliability',
  '--no-first-run',
  '--no-default-browser-check',
  '--no-pings',
  '--font-render-hinting=none',
];

const LIBRARIES = join(tmpdir(), 'loyalty-metrics-chromium-libs');

/** Unpacks the package's shared libraries (a tar of regular files) once. */
function unpackLibraries(): string {
  const marker = join(LIBRARIES, '.complete');
  if (existsSync(marker)) return join(LIBRARIES, 'lib');
  const packageDir = dirname(require.resolve('@sparticuz/chromium'));
  const archive = brotliDecompressSync(readFileSync(join(packageDir, '..', '..', 'bin', 'al2023.tar.br')));
  for (let offset = 0; offset + 512 <= archive.length;) {
    const header = archive.subarray(offset, offset + 512);
    const field = (start: number, length: number) =>
      header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
    const name = field(345, 155) + field(0, 100);
    if (name === '') break;
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const body = archive.subarray(offset + 512, offset + 512 + size);
    if (field(156, 1) === '0' || field(156, 1) === '') {
      const path = join(LIBRARIES, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, body);
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  writeFileSync(marker, '');
  return join(LIBRARIES, 'lib');
}

/** Regular and medium weights of the fonts for Thai, Persian (Arabic script) and Traditional Chinese. */
const SCRIPT_FONTS = [
  '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
  '@expo-google-fonts/noto-sans-thai/500Medium/NotoSansThai_500Medium.ttf',
  '@expo-google-fonts/vazirmatn/400Regular/Vazirmatn_400Regular.ttf',
  '@expo-google-fonts/vazirmatn/500Medium/Vazirmatn_500Medium.ttf',
  '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-tc/500Medium/NotoSansTC_500Medium.ttf',
];

/** Copies the script fonts into a folder the bundled fontconfig scans (it lists /tmp/fonts, recursively). */
function installScriptFonts(): void {
  const folder = join(tmpdir(), 'fonts', 'loyalty-metrics');
  mkdirSync(folder, { recursive: true });
  for (const font of SCRIPT_FONTS) {
    const target = join(folder, font.split('/').pop() as string);
    if (!existsSync(target)) copyFileSync(require.resolve(font), target);
  }
}

/** The browser binary and the environment it needs. */
export async function chromiumInstallation(): Promise<{ executablePath: string; env: Record<string, string> }> {
  const system = process.env.CHROMIUM_PATH;
  if (system !== undefined && system !== '') return { executablePath: system, env: {} };
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const executablePath = await sparticuz.executablePath();
  installScriptFonts();
  return {
    executablePath,
    env: { LD_LIBRARY_PATH: unpackLibraries(), FONTCONFIG_PATH: join(tmpdir(), 'fonts') },
  };
}

export async function launchChromium(): Promise<Browser> {
  const { executablePath, env } = await chromiumInstallation();
  return chromium.launch({
    executablePath,
    args: ARGS,
    headless: true,
    env: { ...process.env, ...env } as Record<string, string>,
  });
}
