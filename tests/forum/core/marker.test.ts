import { describe, expect, it } from 'vitest';
import {
  comparePost,
  hashBody,
  normalizeRaw,
  readMarker,
  withMarker,
  withNewNotes,
} from '../../../src/forum/core/marker.ts';
import { pinHolds, readTopicRecord, topicNotes, topicRecordOf } from '../../../src/forum/core/record.ts';

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

describe('the notes the marker carries after the hash', () => {
  const status = { pinned: true, pinnedUntil: '2026-12-12T05:00:00.000Z', closed: false, visible: true };
  const record = topicRecordOf('交流会', status, '開催 2026-12-12');
  const raw = withMarker('交流会のお知らせ', 'event:ssc', topicNotes(record, '3f2a9c1b7d4e@1766470000'));

  it('are read back as written, and leave the body and its hash alone', () => {
    const { marker, body } = readMarker(raw);
    expect(body).toBe('交流会のお知らせ');
    expect(marker?.fields).toMatchObject({
      rev: '3f2a9c1b7d4e@1766470000',
      pin: '2026-12-12T05:00:00.000Z',
      closed: '0',
    });
    expect(readTopicRecord(marker?.fields ?? {})).toEqual(record);
    expect(comparePost({ raw, version: 1 }, '交流会のお知らせ', 'event:ssc')).toBe('current');
  });

  it('can be renewed over a moderator’s text, which keeps reading as theirs', () => {
    const edited = raw.replace('お知らせ', 'お知らせ（追記）');
    const marker = readMarker(edited).marker!;
    const renewed = withNewNotes(edited, marker, topicNotes({ ...record, closed: true }, 'files-a@1'));
    expect(readMarker(renewed).body).toBe('交流会のお知らせ（追記）');
    expect(readMarker(renewed).marker?.fields['closed']).toBe('1');
    expect(comparePost({ raw: renewed, version: 2 }, '交流会のお知らせ', 'event:ssc')).toBe('edited');
  });

  it('say a pin until a moment no longer holds once that moment has passed', () => {
    expect(pinHolds('2026-12-12T05:00:00.000Z', new Date('2026-12-01T00:00:00Z'))).toBe(true);
    expect(pinHolds('2026-12-12T05:00:00.000Z', new Date('2026-12-13T00:00:00Z'))).toBe(false);
    expect([pinHolds('1', new Date()), pinHolds('0', new Date())]).toEqual([true, false]);
  });
});
