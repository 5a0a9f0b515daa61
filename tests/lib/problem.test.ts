import { describe, expect, it } from 'vitest';
import { formatGithubAnnotation, formatProblem, type Problem } from '../../src/lib/problem.ts';

const problem: Problem = {
  file: 'content/events/a.mdx',
  line: 12,
  field: 'apply.deadline',
  message: '締め切りを start より前にしてください。',
  severity: 'error',
};

describe('a problem as a GitHub Actions annotation', () => {
  it('names the file, line and field, and carries the same message the terminal shows', () => {
    expect(formatGithubAnnotation(problem)).toBe(
      '::error file=content/events/a.mdx,line=12,title=内容のチェック apply.deadline::締め切りを start より前にしてください。',
    );
    expect(formatProblem(problem)).toContain(problem.message);
  });

  it('is a warning for a warning, and leaves out what is not known', () => {
    expect(
      formatGithubAnnotation({ file: 'content/site.yaml', message: '確かめてください。', severity: 'warning' }),
    ).toBe('::warning file=content/site.yaml,title=内容のチェック::確かめてください。');
  });

  it('escapes what GitHub would otherwise read as the end of a line, a property or the message', () => {
    const awkward = formatGithubAnnotation({
      file: 'content/rooms/a,b:c.mdx',
      line: 3,
      field: 'rules[0]',
      message: '100% の\r\n2 行目',
      severity: 'error',
    });
    expect(awkward).toBe(
      '::error file=content/rooms/a%2Cb%3Ac.mdx,line=3,title=内容のチェック rules[0]::100%25 の%0D%0A2 行目',
    );
    expect(awkward.split('\n')).toHaveLength(1);
  });
});
