/**
 * Notices from ribbon commands to the task pane. Commands and the pane run in one shared runtime but are
 * separate bundles (each with its own module copies), so the channel lives on globalThis under a
 * Symbol.for key: every bundle on the page finds the same one. The latest notice is kept so a pane that
 * renders after a command ran still shows it.
 */
export interface Notice {
  readonly intent: "info" | "success" | "warning" | "error";
  readonly title: string;
  readonly message: string;
}

export type NoticeListener = (notice: Notice) => void;

interface NoticeChannel {
  latest: Notice | null;
  readonly listeners: Set<NoticeListener>;
}

const CHANNEL_KEY = Symbol.for("practice-manager.notices");

function channel(): NoticeChannel {
  const holder = globalThis as { [CHANNEL_KEY]?: NoticeChannel };
  holder[CHANNEL_KEY] ??= { latest: null, listeners: new Set() };
  return holder[CHANNEL_KEY];
}

export function postNotice(notice: Notice): void {
  const target = channel();
  target.latest = notice;
  for (const listener of target.listeners) listener(notice);
}

/** Calls listener with the latest notice (if any) and every later one; returns the unsubscribe function. */
export function subscribeNotices(listener: NoticeListener): () => void {
  const target = channel();
  target.listeners.add(listener);
  if (target.latest) listener(target.latest);
  return () => {
    target.listeners.delete(listener);
  };
}

/** Forgets the latest notice (the user dismissed it). */
export function clearNotice(): void {
  channel().latest = null;
}
