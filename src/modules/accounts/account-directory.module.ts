import { Module } from '@nestjs/common';
import { AccountDirectoryService } from './account-directory.service.js';

/** Who holds which role (AccountDirectoryService), for the notifications; imports nothing of the accounts feature's workflow. */
@Module({ providers: [AccountDirectoryService], exports: [AccountDirectoryService] })
export class AccountDirectoryModule {}
