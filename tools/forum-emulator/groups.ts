import type { Reply } from './errors.ts';
import { invalidAccess, notFound, parameterMissing, recordErrors } from './errors.ts';
import type { Forum, RequestContext } from './forum.ts';
import { asInt, truthy } from './forum.ts';
import type { Params } from './http-io.ts';
import { groupJson } from './serialize.ts';
import type { Group } from './records-types.ts';

/** Discourse's automatic groups, with their fixed ids. */
export const automaticGroups: [number, string][] = [
  [0, 'everyone'],
  [1, 'admins'],
  [2, 'moderators'],
  [3, 'staff'],
  [10, 'trust_level_0'],
  [11, 'trust_level_1'],
  [12, 'trust_level_2'],
  [13, 'trust_level_3'],
  [14, 'trust_level_4'],
];

export function newGroup(forum: Forum, id: number, name: string, automatic: boolean, fields: Params = {}): Group {
  const int = (key: string, fallback: number): number => asInt(fields[key]) ?? fallback;
  const text = (key: string): string | null => (typeof fields[key] === 'string' ? fields[key] : null);
  return {
    id,
    name,
    full_name: text('full_name'),
    automatic,
    visibility_level: int('visibility_level', 0),
    members_visibility_level: int('members_visibility_level', 0),
    mentionable_level: int('mentionable_level', 0),
    messageable_level: int('messageable_level', 0),
    public_admission: truthy(fields['public_admission']),
    public_exit: truthy(fields['public_exit']),
    allow_membership_requests: truthy(fields['allow_membership_requests']),
    primary_group: truthy(fields['primary_group']),
    title: text('title'),
    bio_raw: text('bio_raw') ?? '',
    default_notification_level: int('default_notification_level', 3),
    usernames: (text('usernames') ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean),
    created_at: forum.clock.iso(),
  };
}

/** Group names follow the username rules (UsernameValidator) and must not clash with a user or a group. */
function nameErrors(forum: Forum, name: string): string[] {
  const errors: string[] = [];
  if ([...name].length < 3) errors.push('Name must be at least 3 characters');
  if ([...name].length > 20) errors.push('Name must be no more than 20 characters');
  if (!/^[\w.-]+$/.test(name)) errors.push('Name must only include numbers, letters, dashes, dots, and underscores');
  else if (!/^[A-Za-z0-9_]/.test(name)) errors.push('Name must begin with a letter, a number or an underscore');
  else if (!/[A-Za-z0-9]$/.test(name)) errors.push('Name must end with a letter or a number');
  else if (/[-_.]{2,}/.test(name)) errors.push('Name must not contain a sequence of 2 or more special chars (.-_)');
  if (forum.store.groupByName(name) || forum.store.userByName(name)) errors.push('Name has already been taken');
  return errors;
}

/** POST /admin/groups.json. */
export function createGroup(ctx: RequestContext): Reply {
  const fields = ctx.body['group'];
  if (!fields || typeof fields !== 'object') throw parameterMissing('group');
  const name = typeof (fields as Params)['name'] === 'string' ? ((fields as Params)['name'] as string).trim() : '';
  if (name === '') throw parameterMissing('name');
  const errors = nameErrors(ctx.forum, name);
  if (errors.length > 0) throw recordErrors(errors);
  const group = ctx.forum.store.addGroup(
    newGroup(ctx.forum, ctx.forum.store.take('group'), name, false, fields as Params),
  );
  return { status: 200, body: { basic_group: groupJson(group) } };
}

/** GET /groups/{name}.json: staff see every group; others only visibility_level 0. */
export function showGroup(ctx: RequestContext): Reply {
  const group = ctx.forum.store.groupByName(ctx.path['id'] ?? '');
  const staff = !!ctx.user && (ctx.user.admin || ctx.user.moderator);
  if (!group || (!staff && group.visibility_level > (ctx.user ? 1 : 0))) throw notFound();
  return { status: 200, body: { group: groupJson(group), extras: { visible_group_names: [group.name] } } };
}

/** PUT /groups/{id}.json: admins (and the group's owners, not emulated) change its display fields. */
export function updateGroup(ctx: RequestContext): Reply {
  if (!ctx.user?.admin) throw invalidAccess();
  const id = asInt(ctx.path['id']);
  const group = id === null ? undefined : ctx.forum.store.groups.get(id);
  if (!group) throw notFound();
  if (group.automatic) throw invalidAccess();
  const fields = ctx.body['group'];
  if (!fields || typeof fields !== 'object') throw parameterMissing('group');
  const given = fields as Params;
  if (typeof given['full_name'] === 'string') group.full_name = given['full_name'];
  if (typeof given['bio_raw'] === 'string') group.bio_raw = given['bio_raw'];
  return { status: 200, body: { success: 'OK' } };
}
