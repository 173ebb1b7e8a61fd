// Every migration, in order. Add new ones here; never edit or remove a released one.
import type { Migration } from 'kysely';
import * as initial from './2026_11_27_0001_initial.ts';
import * as changeOutbox from './2026_12_01_0300_change_outbox.ts';
import * as userLocale from './2026_12_01_0400_user_locale.ts';
import * as installedBase from './2026_12_01_0500_installed_base.ts';
import * as boardScale from './2026_12_01_0600_board_scale.ts';
import * as commentsNotifications from './2026_12_01_0700_comments_notifications.ts';
import * as cardAttachments from './2026_12_01_0701_card_attachments.ts';
import * as outbox from './2026_12_01_0702_outbox.ts';
import * as timers from './2026_12_01_0800_timers.ts';
import * as surveys from './2026_12_01_0900_surveys.ts';
import * as reportIndexes from './2026_12_01_1000_report_indexes.ts';
import * as slaEscalations from './2026_12_01_1100_sla_escalations.ts';
import * as cardLinks from './2026_12_01_1200_card_links.ts';
import * as parts from './2026_12_01_1300_parts.ts';
import * as searchValues from './2026_12_01_1400_search_values.ts';
import * as reportAggregates from './2026_12_01_1500_report_aggregates.ts';
import * as partsArchive from './2026_12_01_1600_parts_archive.ts';
import * as cardStartedAt from './2026_12_01_1700_card_started_at.ts';
import * as pgCardSearch from './2026_12_01_1800_pg_card_search.ts';
import * as cardSlaClocks from './2026_12_01_1810_card_sla_clocks.ts';
import * as searchIndexPerMove from './2026_12_01_1900_search_index_per_move.ts';
import * as pgMoveCheck from './2026_12_01_2000_pg_move_check.ts';
import * as searchIndexBatched from './2026_12_01_2100_search_index_batched.ts';
import * as pgSearchBatched from './2026_12_01_2110_pg_search_batched.ts';

export const migrations: Record<string, Migration> = {
  '2026_11_27_0001_initial': initial,
  '2026_12_01_0300_change_outbox': changeOutbox,
  '2026_12_01_0400_user_locale': userLocale,
  '2026_12_01_0500_installed_base': installedBase,
  '2026_12_01_0600_board_scale': boardScale,
  '2026_12_01_0700_comments_notifications': commentsNotifications,
  '2026_12_01_0701_card_attachments': cardAttachments,
  '2026_12_01_0702_outbox': outbox,
  '2026_12_01_0800_timers': timers,
  '2026_12_01_0900_surveys': surveys,
  '2026_12_01_1000_report_indexes': reportIndexes,
  '2026_12_01_1100_sla_escalations': slaEscalations,
  '2026_12_01_1200_card_links': cardLinks,
  '2026_12_01_1300_parts': parts,
  '2026_12_01_1400_search_values': searchValues,
  '2026_12_01_1500_report_aggregates': reportAggregates,
  '2026_12_01_1600_parts_archive': partsArchive,
  '2026_12_01_1700_card_started_at': cardStartedAt,
  '2026_12_01_1800_pg_card_search': pgCardSearch,
  '2026_12_01_1810_card_sla_clocks': cardSlaClocks,
  '2026_12_01_1900_search_index_per_move': searchIndexPerMove,
  '2026_12_01_2000_pg_move_check': pgMoveCheck,
  '2026_12_01_2100_search_index_batched': searchIndexBatched,
  '2026_12_01_2110_pg_search_batched': pgSearchBatched,
};
