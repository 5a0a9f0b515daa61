import { expectSuccess } from '../discourse/http/answers.ts';
import { serverErrors } from '../discourse/http/client.ts';
import { ForumError } from '../discourse/http/errors.ts';
import { ItemFailure, maxCreateAttempts, type ApplyContext, type NewGroup } from './context.ts';

/** Creates a missing group; a lost answer or "already taken" is checked against the forum before trying again. */
export async function createGroup(
  { desired: group }: NewGroup,
  context: ApplyContext,
): Promise<'created' | 'unchanged'> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await context.api.createGroup(group);
      if (response.status === 422) {
        if (await context.api.groupExists(group.name)) return 'unchanged';
        throw new ItemFailure(
          `フォーラムがグループを作れませんでした: ${serverErrors(response).join(' / ')}（同じ名前のユーザーがいるときも作れません）`,
          group.origin,
        );
      }
      expectSuccess(response, 'POST /admin/groups.json');
      return 'created';
    } catch (error) {
      if (!(error instanceof ForumError) || error.kind !== 'ambiguous') throw error;
      if (await context.api.groupExists(group.name)) return 'created';
      if (attempt >= maxCreateAttempts) throw error;
    }
  }
}
