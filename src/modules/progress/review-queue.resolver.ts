import { Resolver, Subscription } from '@nestjs/graphql';
import { Roles } from '../../common/auth/access.decorators.js';
import { Role } from '../../common/auth/role.js';
import { LiveBus } from '../../database/live-bus.js';
import { liveChanges } from '../../graphql/live-changes.js';
import { PracticesService } from '../practices/practices.service.js';
import { ReviewQueueModel } from './models/review-queue.model.js';
import { ProgressService } from './progress.service.js';

/** The secretariat's review queue, live. */
@Resolver(() => ReviewQueueModel)
export class ReviewQueueResolver {
  /** The counts since the last change: read once per change for every open subscription of this process. */
  private current: Promise<ReviewQueueModel> | null = null;

  constructor(
    private readonly progress: ProgressService,
    private readonly practices: PracticesService,
    private readonly live: LiveBus,
  ) {
    live.listen((m) => {
      if (m.topic === 'review-queue' || m.topic === 'resync') this.current = null;
    });
  }

  @Subscription(() => ReviewQueueModel, {
    description:
      'Live (graphql-ws at /graphql): how many entries and good practices wait for review, first as they stand, then each time a submission arrives or is reviewed (through any server process).',
    resolve: (value: ReviewQueueModel) => value,
  })
  @Roles(Role.SECRETARIAT)
  reviewQueueChanged(): AsyncIterableIterator<ReviewQueueModel> {
    return liveChanges(
      this.live,
      (m) => m.topic === 'review-queue',
      () => this.counts(),
    );
  }

  private counts(): Promise<ReviewQueueModel> {
    if (!this.current) {
      const read = Promise.all([this.progress.pendingCount(), this.practices.submittedCount()]).then(([entries, practices]) => ({
        entries,
        practices,
      }));
      // A failed read is not kept: the next one asks the database again.
      read.catch(() => {
        if (this.current === read) this.current = null;
      });
      this.current = read;
    }
    return this.current;
  }
}
