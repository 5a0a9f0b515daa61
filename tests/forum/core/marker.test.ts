import { describe, expect, it } from 'vitest';
import { comparePost, hashBody, normalizeRaw, readMarker, withMarker } from '../../../src/forum/core/marker.ts';

describe('the sync marker at the end of managed posts', () => {
  it('is an HTML comment carrying the item key and the hash of the body above it', () => {
    const raw = withMarker('本文です。\n', 'event:ssc');
    expect(raw).toMatch(/^本文です。\n\n<!-- hiroba:v1 key=event:ssc sha256=[0-9a-f]{64} -->$/);
    expect(readMarker(raw)).toEqual({
      body: '本文です。',
      marker: { key: 'event:ssc', hash: hashBody('本文です。'), fields: {} },
    });
  });

  it('hashes text the way Discourse stores it: unusual spaces become plain spaces, trailing space goes', () => {
    expect(normalizeRaw('一行目\u3000です \r\n二行目\u00A0\n\n')).toBe('一行目 です \n二行目');
    expect(hashBody('本文\u3000です\n\n')).toBe(hashBody('本文 です'));
  });

  it('reads a post without a marker as having none', () => {
    expect(readMarker('誰かが書いた投稿')).toEqual({ body: '誰かが書いた投稿', marker: null });
  });
});

describe('comparing a forum post with the wanted body', () => {
  const written = withMarker('交流会のお知らせ', 'event:ssc');

  it('is current when the forum holds what the sync wrote and the content still wants it', () => {
    expect(comparePost({ raw: written, version: 3 }, '交流会のお知らせ', 'event:ssc')).toBe('current');
  });

  it('is outdated when nobody touched the post but the content changed', () => {
    expect(comparePost({ raw: written, version: 1 }, '交流会のお知らせ（日時を変更）', 'event:ssc')).toBe('outdated');
  });

  it('is edited when a person changed the text after the sync wrote it', () => {
    const edited = written.replace('お知らせ', 'お知らせ（会場が変わりました）');
    expect(comparePost({ raw: edited, version: 2 }, '交流会のお知らせ', 'event:ssc')).toBe('edited');
  });

  it('is edited when text was added below the marker', () => {
    expect(comparePost({ raw: `${written}\n\n追記です`, version: 2 }, '交流会のお知らせ', 'event:ssc')).toBe('edited');
  });

  it('needs only a new stamp when staff copied the forum edit into the content', () => {
    const edited = written.replace('お知らせ', 'ご案内');
    expect(comparePost({ raw: edited, version: 2 }, '交流会のご案内', 'event:ssc')).toBe('restamp');
  });

  it("treats Discourse's own never-revised placeholder as safe to replace, but not a revised post without a marker", () => {
    expect(comparePost({ raw: '[Replace this first paragraph]', version: 1 }, '説明', 'room:a')).toBe('placeholder');
    expect(comparePost({ raw: 'スタッフが手で書いた説明', version: 2 }, '説明', 'room:a')).toBe('edited');
  });
});
