import { expectSuccess } from '../discourse/http/answers.ts';
import { serverErrors } from '../discourse/http/client.ts';
import { ForumError } from '../discourse/http/errors.ts';
import { ItemFailure, maxCreateAttempts, type ApplyContext, type NewGroup, type RenamedGroup } from './context.ts';

/** Creates a missing group; a lost answer or "already taken" is checked against the forum before trying again. */
export async function createGroup(
  { desired: group }: NewGroup,
  context: ApplyContext,
): Promise<'created' | 'unchanged'> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await context.api.createGroup(group);
      if (response.status === 422) {
        if (await context.api.group(group.name)) return 'unchanged';
        const errors = serverErrors(response);
        const taken = errors.some((error) => /taken/i.test(error));
        throw new ItemFailure(
          taken
            ? `グループ名「${group.name}」は、フォーラムのユーザー名としてすでに使われているため、グループを作れません。forumGroup に別の名前を書いてください。` +
                'それまで、このグループを使う部屋のカテゴリとようこその話題は、今のまま（だれが読めるかも今のまま）にします。'
            : `フォーラムがグループを作れませんでした: ${errors.join(' / ')}。forumGroup の名前を確かめてください。`,
          group.origin,
        );
      }
      expectSuccess(response, 'POST /admin/groups.json');
      return 'created';
    } catch (error) {
      if (!(error instanceof ForumError) || error.kind !== 'ambiguous') throw error;
      if (await context.api.group(group.name)) return 'created';
      if (attempt >= maxCreateAttempts) throw error;
    }
  }
}

/** The room was renamed: its group's page shows the new name. */
export async function renameGroup(item: RenamedGroup, context: ApplyContext): Promise<'updated'> {
  await context.api.renameGroup(item.observed, item.desired.fullName);
  return 'updated';
}
