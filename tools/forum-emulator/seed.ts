import { addCategory } from './categories.ts';
import type { Forum } from './forum.ts';
import { automaticGroups, newGroup } from './groups.ts';

export interface SeedOptions {
  apiUsername: string;
  memberUsername: string;
  moderatorUsername: string;
  defaultCategories: boolean;
}

/**
 * What a fresh Discourse has: the system user, the automatic groups, Uncategorized and the categories the
 * setup wizard creates. Plus the API key's admin, one ordinary member ("a person on the forum") and one
 * moderator (staff, not an admin: may edit, pin, close and delete topics, not categories).
 */
export function seedForum(forum: Forum, options: SeedOptions): void {
  const { store } = forum;
  const system = store.addUser({
    id: -1,
    username: 'system',
    name: 'system',
    admin: true,
    moderator: true,
    trust_level: 4,
  });
  store.nextIds.user = 1;

  if (options.apiUsername.toLowerCase() !== 'system') {
    store.addUser({
      id: store.take('user'),
      username: options.apiUsername,
      name: options.apiUsername,
      admin: true,
      moderator: false,
      trust_level: 1,
    });
  }
  if (!store.userByName(options.memberUsername)) {
    store.addUser({
      id: store.take('user'),
      username: options.memberUsername,
      name: options.memberUsername,
      admin: false,
      moderator: false,
      trust_level: 1,
    });
  }
  if (!store.userByName(options.moderatorUsername)) {
    store.addUser({
      id: store.take('user'),
      username: options.moderatorUsername,
      name: options.moderatorUsername,
      admin: false,
      moderator: true,
      trust_level: 3,
    });
  }
  for (const [id, name] of automaticGroups) store.addGroup(newGroup(forum, id, name, true));
  store.nextIds.group = 41;
  const now = forum.clock.iso();
  store.putCategory({
    id: 1,
    name: 'Uncategorized',
    slug: 'uncategorized',
    color: '0088CC',
    text_color: 'FFFFFF',
    parent_category_id: null,
    position: 0,
    permissions: { everyone: 1 },
    topic_id: null,
    description: null,
    created_at: now,
    updated_at: now,
    extras: {},
  });
  if (!options.defaultCategories) return;
  const defaults: [string, string, Record<string, number>][] = [
    ['Site Feedback', 'site-feedback', { everyone: 1 }],
    ['Staff', 'staff', { staff: 1 }],
    ['General', 'general', { everyone: 1 }],
  ];
  defaults.forEach(([name, slug, permissions], index) => {
    addCategory(forum, system, {
      name,
      slug,
      color: '808281',
      text_color: 'FFFFFF',
      parent_category_id: null,
      position: index + 1,
      permissions,
      extras: {},
    });
  });
}
