import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NotificationKind, NotificationSubject } from '../notification.enums.js';
import { webPathOf } from '../notification-links.js';
import type { NotificationRow } from '../notifications.rows.js';

@ObjectType('Notification', { description: 'Something that happened that the signed-in account is told about.' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationSubject)
  subjectType: NotificationSubject;

  @Field(() => ID, {
    description:
      "The id of the entry, practice, pledge or account the notification is about; for a country's report, `<cycle code>:<ISO3>`.",
  })
  subjectId: string;

  @Field(() => String, { nullable: true, description: 'ISO3 of the country concerned.' })
  country: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the review cycle concerned (entries).' })
  cycle: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of the objective an entry reports on.' })
  objective: number | null;

  @Field(() => String, { nullable: true, description: "A good practice's or a pledge's title." })
  title: string | null;

  @Field(() => String, { nullable: true, description: "The secretariat's comment (a return) or reason (a reopening)." })
  comment: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A reminder's date (YYYY-MM-DD): the reporting window's last day (extension included), or the pledge's target date.",
  })
  date: string | null;

  @Field(() => Int, { nullable: true, description: "A reminder's days: left before the window closes, or waited for review." })
  days: number | null;

  @Field(() => String, { description: 'Where the web app opens the subject, e.g. /reports/RR2-ECA-2024/5.' })
  path: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was marked read; null while unread.' })
  readAt: Date | null;
}

export function toNotificationModel(r: NotificationRow): NotificationModel {
  return {
    id: r.id,
    kind: r.kind,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    country: r.country_iso3,
    cycle: r.cycle_code,
    objective: r.payload.objective ?? null,
    title: r.payload.title ?? null,
    comment: r.payload.comment ?? null,
    date: r.payload.date ?? null,
    days: r.payload.days ?? null,
    path: webPathOf({ kind: r.kind, subjectId: r.subject_id, cycleCode: r.cycle_code, objective: r.payload.objective ?? null }),
    createdAt: new Date(r.created_at),
    readAt: r.read_at ? new Date(r.read_at) : null,
  };
}
