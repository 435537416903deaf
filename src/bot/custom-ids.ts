/**
 * Button custom ids: `bb:<action>:<answer id>[:<owner id>]`, and `bb:kbadd|kbno:<preview token>:<owner id>`
 * for the Add / Cancel buttons of a `/kb add url:` preview. They carry only Discord ids (snowflakes), so
 * they stay far below Discord's 100-character limit and need no lookup to route.
 */

export const CUSTOM_ID_PREFIX = 'bb';
export const MAX_CUSTOM_ID = 100;

export type ButtonAction =
  | { action: 'sources'; answerId: string }
  | { action: 'more'; answerId: string; ownerId: string }
  | { action: 'vote'; vote: 'up' | 'down'; answerId: string }
  | { action: 'article'; choice: 'add' | 'cancel'; token: string; ownerId: string };

const ID = /^\d{1,25}$/;

/** The custom id for a button under an answer. */
export function buttonId(action: ButtonAction): string {
  const parts =
    action.action === 'sources'
      ? ['src', action.answerId]
      : action.action === 'more'
        ? ['more', action.answerId, action.ownerId]
        : action.action === 'vote'
          ? [action.vote, action.answerId]
          : [action.choice === 'add' ? 'kbadd' : 'kbno', action.token, action.ownerId];
  const id = [CUSTOM_ID_PREFIX, ...parts].join(':');
  if (id.length > MAX_CUSTOM_ID)
    throw new Error(`custom-ids: "${id}" is longer than ${MAX_CUSTOM_ID} characters`);
  return id;
}

/** Reads a custom id made by {@link buttonId}; `null` for anything else. */
export function parseButtonId(customId: string): ButtonAction | null {
  const [prefix, kind, answerId, ownerId, ...rest] = customId.split(':');
  if (prefix !== CUSTOM_ID_PREFIX || rest.length > 0 || answerId === undefined || !ID.test(answerId))
    return null;
  switch (kind) {
    case 'src':
      return ownerId === undefined ? { action: 'sources', answerId } : null;
    case 'more':
      return ownerId !== undefined && ID.test(ownerId) ? { action: 'more', answerId, ownerId } : null;
    case 'up':
    case 'down':
      return ownerId === undefined ? { action: 'vote', vote: kind, answerId } : null;
    case 'kbadd':
    case 'kbno':
      return ownerId !== undefined && ID.test(ownerId)
        ? { action: 'article', choice: kind === 'kbadd' ? 'add' : 'cancel', token: answerId, ownerId }
        : null;
    default:
      return null;
  }
}
