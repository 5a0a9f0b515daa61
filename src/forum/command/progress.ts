/**
 * One status line on a terminal while the sync works: items done, requests made, and time left at the paced
 * rate. Only on a terminal (stderr is a TTY): piped output and --json stay clean.
 */
export interface Progress {
  reading(reads: number): void;
  applying(done: number, total: number, requests: number, remainingRequests: number): void;
  finish(): void;
}

/** Where the status line goes: stderr, or what a test puts in its place. */
export interface StatusStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export function createProgress(stream: StatusStream, perMinute: number, timeScale: number): Progress {
  if (!stream.isTTY) return { reading() {}, applying() {}, finish() {} };
  let shown = false;
  const show = (text: string) => {
    shown = true;
    stream.write(`\r\x1b[2K${text}`);
  };
  return {
    reading: (reads) => show(`フォーラムを読んでいます… 読み取り ${reads} 回`),
    applying: (done, total, requests, remainingRequests) => {
      const seconds = Math.ceil((remainingRequests * 60) / perMinute / timeScale);
      show(`反映中 ${done}/${total} 件・リクエスト ${requests} 回・残り約 ${formatDuration(seconds)}`);
    },
    finish: () => {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}

export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} 分 ${seconds % 60} 秒` : `${seconds} 秒`;
}
