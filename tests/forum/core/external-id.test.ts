import { describe, expect, it } from 'vitest';
import { externalIdFor } from '../../../src/forum/core/external-id.ts';

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
});
