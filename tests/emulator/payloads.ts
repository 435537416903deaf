import {
  ChannelType,
  type ChannelFlags,
  type GuildMemberFlags,
  type RoleFlags,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  MessageType,
  PermissionFlagsBits,
  type APIAttachment,
  type APIDMChannel,
  type APIEmbed,
  type APIGuildMember,
  type APIMessage,
  type APIMessageTopLevelComponent,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
} from 'discord.js';

/** Milliseconds since the Unix epoch at which Discord snowflakes start (2015-01-01). */
export const DISCORD_EPOCH = 1_420_070_400_000n;

const SNOWFLAKE_INCREMENT_MASK = 0xfffn;
const TIMESTAMP_SHIFT = 22n;

/** Permissions granted to `@everyone` when a guild does not specify its own. */
export const DEFAULT_EVERYONE_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands
).toString();

/** Permissions the bot has in channels (`app_permissions`) unless overridden. */
export const DEFAULT_APP_PERMISSIONS = (
  BigInt(DEFAULT_EVERYONE_PERMISSIONS) |
  PermissionFlagsBits.ManageMessages |
  PermissionFlagsBits.MentionEveryone
).toString();

/** Generates unique, time-ordered Discord snowflakes. */
export class SnowflakeGenerator {
  #increment = 0n;

  /** Returns a new snowflake for the given time (defaults to now). */
  next(at: number = Date.now()): string {
    const id =
      ((BigInt(at) - DISCORD_EPOCH) << TIMESTAMP_SHIFT) | (this.#increment & SNOWFLAKE_INCREMENT_MASK);
    this.#increment += 1n;
    return id.toString();
  }
}

/** Returns the creation time encoded in a snowflake, in milliseconds since the Unix epoch. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> TIMESTAMP_SHIFT) + DISCORD_EPOCH);
}

/** Returns the ISO timestamp encoded in a snowflake. */
export function snowflakeIso(id: string): string {
  return new Date(snowflakeTime(id)).toISOString();
}

/** Builds a complete user object, filling unspecified fields with defaults. */
export function buildUser(input: Partial<APIUser> & { id: string }): APIUser {
  return {
    username: `user${input.id.slice(-6)}`,
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: false,
    ...input,
  };
}

/** Builds a guild role. */
export function buildRole(input: {
  id: string;
  name: string;
  permissions: string;
  position: number;
}): APIRole {
  return {
    id: input.id,
    name: input.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: input.position,
    permissions: input.permissions,
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

/** Builds a guild text channel. */
export function buildTextChannel(input: {
  id: string;
  guildId: string;
  name: string;
  position: number;
  topic?: string | null;
}): APITextChannel {
  return {
    id: input.id,
    type: ChannelType.GuildText,
    guild_id: input.guildId,
    name: input.name,
    position: input.position,
    parent_id: null,
    topic: input.topic ?? null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: [],
    flags: 0 as ChannelFlags,
  };
}

/** Builds a DM channel between the bot and `recipient`. */
export function buildDMChannel(id: string, recipient: APIUser): APIDMChannel {
  return {
    id,
    type: ChannelType.DM,
    name: null,
    recipients: [recipient],
    last_message_id: null,
    flags: 0 as ChannelFlags,
  };
}

/** Builds a guild member. */
export function buildMember(input: {
  user: APIUser;
  roles?: string[];
  nick?: string | null;
  joinedAt: string;
}): APIGuildMember {
  return {
    user: input.user,
    nick: input.nick ?? null,
    avatar: null,
    banner: null,
    roles: input.roles ?? [],
    joined_at: input.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

/** Everything a guild needs for a `GUILD_CREATE` dispatch. */
export interface GuildSnapshot {
  id: string;
  name: string;
  ownerId: string;
  joinedAt: string;
  roles: APIRole[];
  channels: APITextChannel[];
  members: APIGuildMember[];
}

/** Builds the payload of a `GUILD_CREATE` dispatch for an available guild. */
export function buildGuildCreate(guild: GuildSnapshot): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: guild.roles,
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    incidents_data: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.length,
    voice_states: [],
    members: guild.members,
    channels: guild.channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** Content fields a message can be created or edited with. */
export interface MessageContent {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  attachments?: APIAttachment[];
  flags?: number;
}

/** Builds a complete message object. */
export function buildMessage(
  input: MessageContent & {
    id: string;
    channelId: string;
    author: APIUser;
    type?: MessageType;
    mentions?: APIUser[];
    mentionRoles?: string[];
    mentionEveryone?: boolean;
    webhookId?: string;
    applicationId?: string;
  },
): APIMessage {
  const message: APIMessage = {
    id: input.id,
    channel_id: input.channelId,
    author: input.author,
    content: input.content ?? '',
    timestamp: snowflakeIso(input.id),
    edited_timestamp: null,
    tts: false,
    mention_everyone: input.mentionEveryone ?? false,
    mentions: input.mentions ?? [],
    mention_roles: input.mentionRoles ?? [],
    attachments: input.attachments ?? [],
    embeds: input.embeds ?? [],
    components: input.components ?? [],
    pinned: false,
    type: input.type ?? MessageType.Default,
    flags: input.flags ?? 0,
  };
  if (input.webhookId !== undefined) message.webhook_id = input.webhookId;
  if (input.applicationId !== undefined) message.application_id = input.applicationId;
  return message;
}
