import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('the browser harness', () => {
  it('loads the extension and serves the seed page from 127.0.0.1', async () => {
    expect(harness.extensionId).toMatch(/^[a-p]{32}$/);
    const { page } = await harness.open('/seed/article.html');
    expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/seed\/article\.html$/);
    expect(await page.title()).not.toBe('');
    await page.close();
  });
});
