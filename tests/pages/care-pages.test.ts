import { describe, expect, it } from 'vitest';
import { crisisTierText, telHref } from '../../src/model/crisis.ts';
import { paths } from '../../src/model/urls.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { readPage, textOf } from './built-site.ts';

const { site, catalog } = await loadSampleContent();

describe('the help page, in tiers by urgency', () => {
  it('starts with what to do right now: the first tier’s numbers, before any other heading or text', async () => {
    const page = await readPage(paths.help());
    const main = page.querySelector('main')!;
    const headings = [...main.querySelectorAll('h2')].map(textOf);
    expect(headings).toEqual([
      crisisTierText.emergency.heading,
      crisisTierText['family-crisis'].heading,
      crisisTierText.talk.heading,
      crisisTierText.text.heading,
      crisisTierText.young.heading,
    ]);
    const calls = [...main.querySelectorAll('.crisis-now a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(calls.slice(0, 2)).toEqual([telHref('119'), telHref('110')]);
    // Nothing but the page's title and the tier's heading comes before the numbers; the way out is above the header.
    const [before = ''] = textOf(main).split('119');
    expect(before.trim()).toBe(`緊急のときの相談先${crisisTierText.emergency.heading}`);
    expect(page.querySelector('body > .quick-exit ~ .site-header')).not.toBeNull();
  });

  it('says for every resource who it is for, its hours, its cost, its source page and when it was checked', async () => {
    const page = await readPage(paths.help());
    const cards = [...page.querySelectorAll('main .card-list > li')];
    expect(cards).toHaveLength(site.crisisResources.length);
    site.crisisResources.forEach((resource, index) => {
      const card = cards[index]!;
      const text = textOf(card);
      expect(text, resource.name).toContain(resource.name);
      expect(text, resource.name).toContain(resource.who);
      expect(text, resource.name).toContain(resource.hours);
      expect(text, resource.name).toContain(resource.cost === 'free' ? '無料' : '通話料がかかります');
      expect(card.querySelector(`a[href="${resource.source}"]`), resource.name).not.toBeNull();
      expect(card.querySelector(`time[datetime="${resource.lastReviewed}"]`), resource.name).not.toBeNull();
    });
  });

  it('says a 0570 number is charged', async () => {
    const text = textOf((await readPage(paths.help())).querySelector('main'));
    for (const resource of site.crisisResources.filter((r) => r.phone?.startsWith('0570'))) {
      expect(resource.cost).toBe('charged');
      expect(text).toContain(resource.phone);
    }
    expect(text).toContain('ナビダイヤルのため通話料がかかります');
  });

  it('shows when its list was last checked', async () => {
    const page = await readPage(paths.help());
    expect(textOf(page.querySelector('main .review-dates'))).toContain('最終確認日');
  });
});

describe('the notice on mental-health pages', () => {
  it('links the numbers to call right now directly, and the help page for the rest', async () => {
    const page = await readPage(paths.condition('mental-illness'));
    const notice = page.querySelector('main .help-notice')!;
    expect([...notice.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).toEqual([
      telHref('119'),
      telHref('110'),
    ]);
    expect(notice.querySelector(`a[href="${paths.help()}"]`)).not.toBeNull();
  });
});

describe('review dates and sources', () => {
  it.each([
    [paths.condition('mpa'), catalog.condition('mpa').data],
    [paths.role('child'), catalog.role('child').data],
    [paths.programme('family-salon'), catalog.programme('family-salon').data],
  ])('%s shows when it was last checked, and when it is due where staff set it', async (path, review) => {
    const dates = (await readPage(path)).querySelector('main .review-dates');
    expect(textOf(dates)).toContain('最終確認日');
    expect(dates?.querySelector(`time[datetime="${review.lastReviewed}"]`)).not.toBeNull();
    if (review.reviewBy) {
      expect(textOf(dates)).toContain('次の見直し予定');
      expect(dates?.querySelector(`time[datetime="${review.reviewBy}"]`)).not.toBeNull();
    }
    if (review.reviewedBy) expect(textOf(dates)).toContain(review.reviewedBy);
  });

  it('gives every statement about an illness its source, and links the authoritative pages', async () => {
    const mpa = catalog.condition('mpa');
    const section = (await readPage(paths.condition('mpa'))).querySelector('main .condition-facts')!;
    for (const fact of mpa.data.facts) {
      const item = [...section.querySelectorAll('li')].find((li) => textOf(li).includes(fact.statement));
      expect(item?.querySelector(`a[href="${fact.source}"]`), fact.statement).not.toBeNull();
    }
    expect(textOf(section)).toContain('難病情報センター');
  });

  it('no longer gives ANCA関連血管炎, the wider group, as another name for MPA', () => {
    expect(catalog.condition('mpa').data.aliases).not.toContain('ANCA関連血管炎');
  });
});

describe('the privacy part of the guidelines', () => {
  it('covers every way in the programmes offer, the chat app with what its operator keeps', async () => {
    const page = await readPage(paths.guidelines());
    const text = textOf(page.querySelector('main'));
    expect(text).toContain('チャットアプリ（LINE オープンチャット）');
    expect(text).toContain('LINE ヤフー株式会社のサーバーに保存');
    expect(text).toContain('部屋ごとに別のニックネームとアイコン');
    expect(text).toContain('登録のページ');
    for (const programme of catalog.programmes.filter((p) => p.data.channels.some((c) => c.kind === 'registration')))
      expect(page.querySelector(`a[href="${paths.programme(programme.id)}#privacy"]`)).not.toBeNull();
  });

  it('says plainly that posts in public rooms can be found through search engines', async () => {
    const text = textOf((await readPage(paths.guidelines())).querySelector('main'));
    expect(text).toContain(
      'だれでも読める部屋（公開の部屋）の書きこみは、Google などの検索サイトで見つかることがあります',
    );
  });
});

describe('the about page', () => {
  it('says for each community who runs it, who watches over it and how soon, who funds it, and where to report', async () => {
    const page = await readPage(paths.about());
    for (const programme of catalog.programmes) {
      const section = page.querySelector(`section[aria-labelledby="programme-${programme.id}"]`);
      const text = textOf(section);
      expect(text, programme.id).toContain(programme.data.operator.name);
      expect(text, programme.id).toContain(programme.data.moderation.by);
      expect(text, programme.id).toContain(programme.data.moderation.response);
      expect(text, programme.id).toContain(programme.data.sponsor?.name ?? '協賛はありません。');
      expect(section?.querySelector(`a[href="mailto:${programme.data.operator.email}"]`), programme.id).not.toBeNull();
    }
  });
});
