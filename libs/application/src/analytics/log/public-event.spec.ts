import { publicMetadataJson } from './public-event';

describe('public metadata as JSON text', () => {
  const metadata = { commandId: 'c', correlationId: 'c', causationId: 'c', actor: 'a', schemaVersion: 1 };

  it.each([
    ['last, as the application writes it', { ...metadata, requestHash: 'f00d' }],
    ['first', { requestHash: 'f00d', ...metadata }],
    ['holding escapes', { ...metadata, requestHash: 'f"0\\0d' }],
    ['absent', metadata],
    ['named inside a value', { ...metadata, actor: ',"requestHash":"f00d"}' }],
  ])('is the metadata without its fingerprint, the fingerprint %s', (_case, stored) => {
    const { requestHash: _hash, ...visible } = stored as typeof metadata & { requestHash?: string };
    expect(publicMetadataJson(JSON.stringify(stored))).toBe(JSON.stringify(visible));
  });
});
