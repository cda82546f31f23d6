import { launchBrowser } from './support/browser';
import { startServer } from './support/server';

const server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', HOST: '0.0.0.0' });
const browser = await launchBrowser();
try {
  const lang = process.argv[2] ?? 'en';
  const fac = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  fac.on('console', (m) => m.type() === 'error' && console.log('fac console:', m.text()));
  await fac.goto(`${server.url}/rooms?lang=${lang}`);
  await fac.waitForTimeout(2500);
  await fac.screenshot({ path: `/tmp/rooms-shots/setup-${lang}.png`, fullPage: true });
  await fac.locator('form.room-form button[type=submit]').click();
  await fac.waitForURL(/\/rooms\/[A-Z0-9]{6}/);
  await fac.waitForTimeout(1500);
  const code = new URL(fac.url()).pathname.split('/')[2];
  await fac.screenshot({ path: `/tmp/rooms-shots/room-lobby-${lang}.png`, fullPage: true });
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  phone.on('console', (m) => m.type() === 'error' && console.log('phone console:', m.text()));
  await phone.goto(`${server.url}/join/${code}?lang=${lang}`);
  await phone.waitForTimeout(1500);
  await phone.screenshot({ path: `/tmp/rooms-shots/phone-pick-${lang}.png`, fullPage: true });
  await phone.locator('.team-picker__team').first().click();
  await phone.waitForTimeout(800);
  await phone.screenshot({ path: `/tmp/rooms-shots/phone-levers-lobby-${lang}.png`, fullPage: true });
  await fac.locator('.round-controls__next').click();
  await phone.waitForTimeout(1000);
  await phone.locator('input[type=range]').first().fill('0.3');
  await phone.waitForTimeout(1200);
  await phone.screenshot({ path: `/tmp/rooms-shots/phone-levers-open-${lang}.png`, fullPage: true });
  await fac.screenshot({ path: `/tmp/rooms-shots/room-open-${lang}.png`, fullPage: true });
  await fac.locator('.round-controls__next').click();
  await fac.waitForTimeout(500);
  await fac.screenshot({ path: `/tmp/rooms-shots/room-locked-${lang}.png`, fullPage: true });
  for (let i = 0; i < 60; i++) {
    if (await fac.locator('.round-controls__next').isEnabled()) break;
    await fac.waitForTimeout(1000);
  }
  await fac.locator('.round-controls__next').click();
  await fac.waitForTimeout(1500);
  await fac.screenshot({ path: `/tmp/rooms-shots/room-revealed-${lang}.png`, fullPage: true });
  await phone.screenshot({ path: `/tmp/rooms-shots/phone-revealed-${lang}.png`, fullPage: true });
  console.log('code', code);
} finally {
  await browser.close();
  await server.stop();
  console.log(server.output().slice(-2000));
}
