import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CommandChannelModule } from './cli/command-channel.module.js';
import { AccessGuard } from './common/auth/access.guard.js';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { AppConfig, loadAppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { EmbeddedPostgres, type EmbeddedStartOptions } from './database/embedded-postgres.js';
import { GraphqlModule } from './graphql/graphql.module.js';
import { createValidationPipe } from './graphql/validation.js';
import { AnalyticsModule } from './modules/analytics/analytics.module.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { CountriesModule } from './modules/countries/countries.module.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { EventsModule } from './modules/events/events.module.js';
import { GraphqlIdeModule } from './modules/graphql-ide/graphql-ide.module.js';
import { GuidingPrinciplesModule } from './modules/guiding-principles/guiding-principles.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { RemindersModule } from './modules/reminders/reminders.module.js';
import { ObjectivesModule } from './modules/objectives/objectives.module.js';
import { PledgesModule } from './modules/pledges/pledges.module.js';
import { PracticesModule } from './modules/practices/practices.module.js';
import { ProgressModule } from './modules/progress/progress.module.js';
import { ReviewCyclesModule } from './modules/review-cycles/review-cycles.module.js';

@Module({})
export class AppModule {
  /**
   * The whole application. The IDE is mounted only when GRAPHQL_IDE is on. The server
   * (`commandChannel`) serves the command line's commands while it holds an embedded database on disk.
   * `embedded` says how an in-memory embedded database starts (the test suite's template).
   */
  static forRoot(
    config: AppConfig = loadAppConfig(),
    options: { commandChannel?: boolean; embedded?: EmbeddedStartOptions } = {},
  ): DynamicModule {
    const servesCommands =
      options.commandChannel === true && config.usesEmbeddedDatabase && config.EMBEDDED_DATA_DIR !== EmbeddedPostgres.IN_MEMORY;
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (cfg: AppConfig) => ({
            // GraphQL requests get their own line from the request log plugin (request id,
            // operation, duration, statements, error codes): pino-http's per-request child logger
            // is not made for them (it cost about a tenth of a small query's CPU time).
            exclude: [{ method: RequestMethod.ALL, path: 'graphql' }],
            pinoHttp: {
              level: cfg.LOG_LEVEL,
              genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? 'unknown',
              redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
              quietReqLogger: true,
            },
          }),
        }),
        DatabaseModule.forRoot(options.embedded),
        GraphqlModule,
        HealthModule,
        ObjectivesModule,
        GuidingPrinciplesModule,
        CountriesModule,
        ReviewCyclesModule,
        AuditModule,
        AccountsModule,
        PledgesModule,
        PracticesModule,
        ProgressModule,
        NotificationsModule,
        RemindersModule,
        EventsModule,
        AnalyticsModule,
        DemoModule,
        ...(config.ideEnabled ? [GraphqlIdeModule] : []),
        ...(servesCommands ? [CommandChannelModule] : []),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
