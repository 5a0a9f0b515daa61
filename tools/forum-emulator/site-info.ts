import type { Reply } from './errors.ts';
import type { RequestContext } from './forum.ts';

/** GET /about.json: the version the sheet says to check against. */
export function about(ctx: RequestContext): Reply {
  const { forum } = ctx;
  return {
    status: 200,
    body: {
      about: {
        title: forum.settings.str('title'),
        description: '',
        locale: forum.settings.str('default_locale'),
        version: forum.version,
        https: false,
        can_see_about_stats: true,
        stats: {
          topics_count: forum.store.topics.size,
          posts_count: forum.store.posts.size,
          users_count: forum.store.users.size,
        },
        admins: [],
        moderators: [],
      },
    },
  };
}

/** GET /admin/site_settings.json (optionally ?filter_names[]=…). */
export function siteSettings(ctx: RequestContext): Reply {
  const names = ctx.query['filter_names'];
  return {
    status: 200,
    body: { site_settings: ctx.forum.settings.list(Array.isArray(names) ? names.map(String) : undefined) },
  };
}
