import { describe, expect, it } from 'vitest';
import { externalIdFor, recreatedExternalId } from '../../../src/forum/core/external-id.ts';

describe('external ids of managed topics', () => {
  it('is the kind and the content slug when that fits Discourse', () => {
    expect(externalIdFor('event', 'ssc-2026-12')).toBe('hiroba-event-ssc-2026-12');
    expect(externalIdFor('welcome', 'scleroderma')).toBe('hiroba-welcome-scleroderma');
  });

  it('shortens a long slug deterministically to at most 50 ASCII word characters, keeping distinct slugs distinct', () => {
    const long = 'family-salon-young-carer-online-meeting-2026-december-special';
    const id = externalIdFor('event', long);
    expect(id.length).toBeLessThanOrEqual(50);
    expect(id).toMatch(/^[\w-]+$/);
    expect(id.startsWith('hiroba-event-family-salon')).toBe(true);
    expect(externalIdFor('event', long)).toBe(id);
    expect(externalIdFor('event', `${long}-2`)).not.toBe(id);
  });

  it('gives a topic made again after a moderator deleted it a fresh id, within 50 characters', () => {
    expect(recreatedExternalId('hiroba-welcome-scleroderma', 1)).toBe('hiroba-welcome-scleroderma');
    expect(recreatedExternalId('hiroba-welcome-scleroderma', 2)).toBe('hiroba-welcome-scleroderma-r2');
    const long = externalIdFor('event', 'family-salon-young-carer-online-meeting-2026-december-special');
    expect(recreatedExternalId(long, 3)).toHaveLength(50);
    expect(recreatedExternalId(long, 3).endsWith('-r3')).toBe(true);
  });
});
