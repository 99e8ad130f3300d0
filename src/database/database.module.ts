import { type DynamicModule, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './database-options.js';
import type { EmbeddedStartOptions } from './embedded-postgres.js';
import { LiveBus } from './live-bus.js';
import { migrateDatabase } from './migrate.js';
import { openDatabase, type OpenedDatabase } from './open-database.js';

/** How the embedded database starts (the tests' template); nothing by default. */
const EMBEDDED_START_OPTIONS = Symbol('EMBEDDED_START_OPTIONS');

/** Which lifecycle produced an options object, so the data source factory can find it. */
const owners = new WeakMap<DataSourceOptions, DatabaseLifecycle>();

/** Owns the database process (embedded) or server connection for the life of the app. */
@Injectable()
export class DatabaseLifecycle implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private opened?: OpenedDatabase;
  private dataSource?: DataSource;

  constructor(
    private readonly config: AppConfig,
    @Inject(EMBEDDED_START_OPTIONS) private readonly embedded: EmbeddedStartOptions,
  ) {}

  async options(): Promise<DataSourceOptions> {
    this.opened = await openDatabase(this.config, this.embedded);
    const where = this.opened.target.kind === 'embedded' ? `embedded database in ${this.config.EMBEDDED_DATA_DIR}` : 'PostgreSQL server';
    this.logger.log(`Using the ${where}`);
    const target = this.opened.target;
    const options = buildDataSourceOptions(
      target.kind === 'server' ? { ...target, statementTimeoutMs: this.config.DATABASE_STATEMENT_TIMEOUT_MS } : target,
    );
    owners.set(options, this);
    return options;
  }

  async open(options: DataSourceOptions): Promise<DataSource> {
    const target = this.opened?.target;
    if (this.config.DB_MIGRATE_ON_START && target?.kind === 'server') {
      // Migrations (and the wait for another instance's migration lock) may take longer than a
      // request's statement budget: they run on connections of their own, without it.
      const migrator = new DataSource(buildDataSourceOptions({ ...target, poolSize: 2 }));
      await migrator.initialize();
      try {
        this.logApplied(await migrateDatabase(migrator, { lock: true }));
      } finally {
        await migrator.destroy();
      }
    }
    const dataSource = new DataSource(options);
    this.dataSource = dataSource;
    await dataSource.initialize();
    if (this.config.DB_MIGRATE_ON_START && target?.kind !== 'server') {
      this.logApplied(await migrateDatabase(dataSource, { lock: false }));
    }
    return dataSource;
  }

  private logApplied({ applied }: { applied: string[] }): void {
    if (applied.length) this.logger.log(`Applied migrations: ${applied.join(', ')}`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource?.isInitialized) await this.dataSource.destroy();
    await this.opened?.close();
  }
}

@Module({})
class DatabaseLifecycleModule {
  static forRoot(embedded: EmbeddedStartOptions): DynamicModule {
    return {
      module: DatabaseLifecycleModule,
      providers: [DatabaseLifecycle, { provide: EMBEDDED_START_OPTIONS, useValue: embedded }],
      exports: [DatabaseLifecycle],
    };
  }
}

@Module({})
export class DatabaseModule {
  static forRoot(embedded: EmbeddedStartOptions = {}): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      // Live updates between processes, sent as the transactions that cause them commit.
      providers: [LiveBus],
      exports: [LiveBus],
      imports: [
        TypeOrmModule.forRootAsync({
          imports: [DatabaseLifecycleModule.forRoot(embedded)],
          inject: [DatabaseLifecycle],
          // No retries at boot: a database that cannot be opened is said in one line and the
          // process exits (main.ts); @nestjs/typeorm would otherwise retry ten times, 3 s apart,
          // logging a stack each time.
          useFactory: async (lifecycle: DatabaseLifecycle) => Object.assign(await lifecycle.options(), { toRetry: () => false }),
          dataSourceFactory: async (options) => {
            const owner = options && owners.get(options);
            if (!options || !owner) throw new Error('Database options were not built by DatabaseLifecycle');
            return owner.open(options);
          },
        }),
      ],
    };
  }
}
