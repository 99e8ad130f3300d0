import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CallerResolver } from '../../common/auth/caller.js';
import { AppConfig } from '../../config/app-config.js';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { AccountEntity } from './account.entity.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { FirstAccountService } from './first-account.service.js';
import { sessionSecret } from './session-secret.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionsService } from './sessions.service.js';
import { SetupTokenEntity } from './setup-token.entity.js';
import { PasswordLinkEntity } from './password-link.entity.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([AccountEntity, SetupTokenEntity, PasswordLinkEntity]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => ({
        // A KeyObject, not a string: given a string, jsonwebtoken first tries to parse it as a
        // PEM key and catches the failure on every sign and every verify (every request).
        secret: createSecretKey(Buffer.from(await sessionSecret(config), 'utf8')),
        signOptions: { algorithm: 'HS256', expiresIn: config.JWT_TTL_SECONDS, issuer: 'gcm-tracker' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'gcm-tracker' },
      }),
    }),
    AuditModule,
    CountriesModule,
    NotificationsModule,
  ],
  providers: [
    AccountsService,
    SessionsService,
    FirstAccountService,
    PasswordHasher,
    AccountsResolver,
    { provide: CallerResolver, useExisting: SessionsService },
  ],
  exports: [AccountsService, FirstAccountService, CallerResolver],
})
export class AccountsModule {}
