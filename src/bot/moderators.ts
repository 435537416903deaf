/** Who may change the knowledge: checked every time a moderator command runs, not only by Discord's defaults. */
import { PermissionFlagsBits, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Config } from '../config.ts';
import type { Moderator } from './knowledge-manager.ts';

/**
 * True for members with Manage Server (administrators included) or a role in `MODERATOR_ROLE_IDS`, and for
 * users in `MODERATOR_USER_IDS` anywhere (that is how a moderator is recognised in a DM).
 */
export function isModerator(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  config: Pick<Config, 'moderatorRoleIds' | 'moderatorUserIds'>,
): boolean {
  if (config.moderatorUserIds.includes(interaction.user.id)) return true;
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) return true;
  const roles = interaction.member.roles;
  const ids = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  return ids.some((id) => config.moderatorRoleIds.includes(id));
}

/** How a moderator is named in the refresh history. */
export function moderatorOf(interaction: ChatInputCommandInteraction | ButtonInteraction): Moderator {
  return { id: interaction.user.id, name: interaction.user.tag };
}
