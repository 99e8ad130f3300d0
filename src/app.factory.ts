import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { securityHeaders } from './common/http/security-headers.js';
import type { EmbeddedStartOptions } from './database/embedded-postgres.js';
import { newRequestContext, runInRequestContext } from './common/request-context.js';
import { MAX_IMPORT_FILE_BYTES } from './modules/pledges/pledge-csv.js';
import { webApp } from './modules/web-app/web-app.middleware.js';
import { projectRoot } from './common/project-root.js';
import { join } from 'node:path';

/** The largest file a GraphQL upload may carry: the pledge import file is the one upload. */
export const MAX_UPLOAD_BYTES = MAX_IMPORT_FILE_BYTES;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Builds the application (used by main.ts and by the e2e tests alike). Every HTTP request
 * runs inside its own request context: a request id (the caller's X-Request-Id when it is
 * well formed, else a new one, echoed back) and the SQL statement count.
 */
export async function createApp(config: AppConfig, options: { embedded?: EmbeddedStartOptions } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, { commandChannel: true, embedded: options.embedded }),
    {
      // A failed start is thrown to the caller (main.ts says why in one line), not logged with its stack here.
      bufferLogs: true,
      autoFlushLogs: false,
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.disable('x-powered-by');
  // No ETag on answers sent with res.send (GraphQL answers are POSTed and no-store; hashing each
  // cost a few percent of a small query). The web app's files keep serve-static's own ETags.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.header('x-request-id');
    const context = newRequestContext(given && REQUEST_ID.test(given) ? given : undefined);
    (req as Request & { id?: string }).id = context.requestId;
    res.setHeader('x-request-id', context.requestId);
    runInRequestContext(context, next);
  });
  // GraphQL multipart uploads (the pledge import): one file, at most 5 MB. Apollo's CSRF
  // prevention still applies: clients send the header apollo-require-preflight.
  app.use('/graphql', graphqlUploadExpress({ maxFileSize: MAX_UPLOAD_BYTES, maxFiles: 1 }));
  // The web app at `/` (web/dist, built by `npm run build`), ahead of the server's own routes.
  app.use(webApp(join(projectRoot(), 'web', 'dist')));
  app.enableShutdownHooks();
  return app;
}
