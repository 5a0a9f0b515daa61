import { describe, expect, it } from 'vitest';
import { crisisPageReview, crisisTiers, emergencyNumbers, telHref } from '../../src/model/crisis.ts';
import type { CrisisResource } from '../../src/schemas/index.ts';

const resource = (name: string, tier: CrisisResource['tier'], more: Partial<CrisisResource> = {}): CrisisResource => ({
  name,
  tier,
  who: 'だれでも',
  description: 'd',
  hours: '24 時間',
  cost: 'free',
  source: 'https://example.jp/soudan/',
  lastReviewed: '2026-11-23',
  ...more,
});

describe('urgent help by urgency', () => {
  const resources = [
    resource('子ども', 'young', { phone: '0120-99-7777' }),
    resource('話す', 'talk', { phone: '0120-279-338' }),
    resource('救急車', 'emergency', { phone: '119' }),
    resource('警察', 'emergency', { phone: '110' }),
    resource('チャット', 'text', { url: 'https://talk.example.jp/' }),
  ];

  it('comes in tiers, the most urgent first, each keeping the order staff wrote, without empty tiers', () => {
    expect(crisisTiers(resources).map((group) => [group.tier, group.resources.map((r) => r.name)])).toEqual([
      ['emergency', ['救急車', '警察']],
      ['talk', ['話す']],
      ['text', ['チャット']],
      ['young', ['子ども']],
    ]);
  });

  it('gives the numbers to call right now', () => {
    expect(emergencyNumbers(resources).map((r) => r.phone)).toEqual(['119', '110']);
  });

  it('dials numbers as written, hyphens left out', () => {
    expect(telHref('0120-279-338')).toBe('tel:0120279338');
    expect(telHref('#7119')).toBe('tel:%237119');
  });

  it('dates the help page by its least recently checked resource, due when the first one is', () => {
    expect(
      crisisPageReview([
        resource('a', 'talk', { lastReviewed: '2026-11-23', reviewBy: '2027-05-01' }),
        resource('b', 'talk', { lastReviewed: '2026-10-01' }),
        resource('c', 'talk', { lastReviewed: '2026-11-01', reviewBy: '2027-03-01' }),
      ]),
    ).toEqual({ lastReviewed: '2026-10-01', reviewBy: '2027-03-01' });
  });
});
